using PolicyDsl.Domain;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Compilation;

/// <summary>
/// Reads and replaces a claim or person input as a value, whichever input it is: a prelude one (a
/// typed property) or a declared one (in <c>Inputs</c>, by name). For the oracle, verification and
/// writers; the expression trees read the same properties directly.
/// </summary>
internal static class InputAccess
{
    /// <summary>The input's value on this claim (person inputs through its person), defaults applied.</summary>
    public static object Get(Claim claim, InputSymbol input) => input.Builtin switch
    {
        null => DeclaredInputs.ReadObject(input.Group == InputGroup.Claim ? claim.Inputs : claim.Person.Inputs, input),
        InputField.ClaimAmount => claim.Amount,
        InputField.ClaimDate => claim.Date,
        InputField.ClaimLevel => claim.Level,
        InputField.ClaimChannel => claim.Channel,
        InputField.ClaimPlace => claim.Place,
        InputField.ClaimDesignated => claim.Designated,
        InputField.ClaimInpatient => claim.Inpatient,
        _ => Get(claim.Person, input),
    };

    public static object Get(Person person, InputSymbol input) => input.Builtin switch
    {
        null => DeclaredInputs.ReadObject(person.Inputs, input),
        InputField.PersonStatus => person.Status,
        InputField.PersonAge => person.Age,
        InputField.PersonScheme => person.Scheme,
        InputField.PersonOldWorker => person.OldWorker,
        InputField.PersonBase => person.Base,
        _ => throw new InvalidOperationException($"{input.QualifiedName} is not a claim or person input"),
    };

    /// <summary>The same claim with one claim or person input set to <paramref name="value"/>.</summary>
    public static Claim With(Claim claim, InputSymbol input, object value)
    {
        if (input.Group == InputGroup.Person) return claim with { Person = With(claim.Person, input, value) };
        return input.Builtin switch
        {
            null => claim with { Inputs = claim.Inputs.With(input.Name, value) },
            InputField.ClaimAmount => claim with { Amount = (decimal)value },
            InputField.ClaimDate => claim with { Date = (DateOnly)value },
            InputField.ClaimLevel => claim with { Level = (HospitalLevel)value },
            InputField.ClaimChannel => claim with { Channel = (Channel)value },
            InputField.ClaimPlace => claim with { Place = (Place)value },
            InputField.ClaimDesignated => claim with { Designated = (bool)value },
            InputField.ClaimInpatient => claim with { Inpatient = (bool)value },
            _ => throw new InvalidOperationException($"{input.QualifiedName} cannot be set on a claim"),
        };
    }

    public static Person With(Person person, InputSymbol input, object value) => input.Builtin switch
    {
        null => person with { Inputs = person.Inputs.With(input.Name, value) },
        InputField.PersonStatus => person with { Status = (InsuredStatus)value },
        InputField.PersonAge => person with { Age = (int)value },
        InputField.PersonScheme => person with { Scheme = (Scheme)value },
        InputField.PersonOldWorker => person with { OldWorker = (bool)value },
        InputField.PersonBase => person with { Base = (decimal)value },
        _ => throw new InvalidOperationException($"{input.QualifiedName} cannot be set on a person"),
    };
}
