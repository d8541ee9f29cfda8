using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Compilation;

/// <summary>
/// Reads an input the policy declares itself from a claim's or person's <see cref="InputValues"/>:
/// the value given, else the declared default, else PD0309. The expression trees call this, the
/// tree-walking oracle calls it, so both read a declared input the same way.
/// </summary>
internal static class DeclaredInputs
{
    public static T Read<T>(InputValues values, InputSymbol input) => (T)ReadObject(values, input);

    public static object ReadObject(InputValues values, InputSymbol input) =>
        Convert(values[input.Name], input) ?? input.Default
        ?? throw PolicyEvaluationException.Create(DiagnosticCatalogue.MissingInput, input.QualifiedName, input.Type, input.Column);

    /// <summary>
    /// A member of an enumeration two compared policies each declare is read into this policy's own type,
    /// by name: one claims file serves both.
    /// </summary>
    private static object? Convert(object? value, InputSymbol input) =>
        value is Enum member && input.Type is Semantics.Types.EnumType declared && member.GetType() != declared.Enum
            ? Enum.Parse(declared.Enum, member.ToString())
            : value;

    /// <summary>Where the input's values are kept: the claim's or the person's.</summary>
    public static InputValues Of(EvaluationContext context, InputSymbol input) =>
        input.Group == InputGroup.Claim ? context.Claim!.Inputs : context.Person.Inputs;
}
