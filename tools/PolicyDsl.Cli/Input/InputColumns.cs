using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The columns a claims or persons file is read with: the prelude's, and every input the policies of
/// the run declare. Policies compared on one file must agree on the type of an input they share.
/// </summary>
internal static class InputColumns
{
    public static (IReadOnlyList<InputSymbol> Declared, InputError? Error) Declared(IEnumerable<(string Path, CheckedPolicy Policy)> policies)
    {
        var byName = new Dictionary<string, (InputSymbol Input, string Path)>(StringComparer.Ordinal);
        foreach (var (path, policy) in policies)
        {
            foreach (var input in policy.Inputs.Declared)
            {
                if (!byName.TryGetValue(input.Name, out var seen))
                {
                    byName.Add(input.Name, (input, path));
                }
                else if (!Alike(seen.Input, input))
                {
                    return ([], new InputError(DiagnosticCatalogue.ConflictingInputs, path,
                        [input.QualifiedName, $"{input.Type}, column {input.Column}", seen.Path, $"{seen.Input.QualifiedName}: {seen.Input.Type}, column {seen.Input.Column}"]));
                }
            }
        }
        return (byName.Values.Select(v => v.Input).ToList(), null);
    }

    /// <summary>
    /// Two policies' declarations of one input agree: same group, column and type; an enumeration each
    /// declares agrees when its name and members do (each policy has its own run-time type for it).
    /// </summary>
    private static bool Alike(InputSymbol a, InputSymbol b) =>
        a.Group == b.Group && a.Column == b.Column && (a.Type == b.Type
            || (a.Type is Semantics.Types.EnumType x && b.Type is Semantics.Types.EnumType y && x.Name == y.Name
                && Enum.GetNames(x.Enum).SequenceEqual(Enum.GetNames(y.Enum))));

    /// <summary>The header specification: every prelude column of these groups, and the declared ones.</summary>
    public static IReadOnlyList<ColumnSpec> For(IReadOnlyList<InputSymbol> declared, bool claims, bool baseRequired)
    {
        var specs = new List<ColumnSpec> { new(Prelude.PersonIdColumn, Prelude.PersonIdChineseColumn, true) };
        foreach (var input in Prelude.Inputs.Concat(declared).Where(i => i.Column is not null && (claims || i.Group == InputGroup.Person)))
        {
            var required = input.Required || (baseRequired && input.Builtin == InputField.PersonBase);
            specs.Add(new ColumnSpec(input.Column!, input.ChineseColumn, required));
        }
        return specs;
    }
}

/// <summary>A column a reader looks for: its English name, the Chinese header accepted for it, and whether it must be there.</summary>
internal sealed record ColumnSpec(string Name, string? ChineseName, bool Required);
