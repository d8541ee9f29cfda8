using PolicyDsl.Domain;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The values one row gives the inputs of a group, read as the schema says. Only the engine's
/// constructors are written out here (which prelude input is which argument); columns, types and
/// defaults are the prelude's.
/// </summary>
internal sealed class RowFacts
{
    private readonly Dictionary<InputSymbol, object?> _values = [];

    private RowFacts() { }

    /// <summary>The inputs of <paramref name="group"/> a file is read with: the prelude's that have a column, and the policies' own.</summary>
    public static IEnumerable<InputSymbol> Inputs(InputGroup group, IReadOnlyList<InputSymbol> declared) =>
        Prelude.Inputs.Concat(declared).Where(i => i.Group == group && i.Column is not null);

    public static RowFacts Read(CellReader cells, InputGroup group, IReadOnlyList<InputSymbol> declared, Func<InputSymbol, bool> required)
    {
        var facts = new RowFacts();
        foreach (var input in Inputs(group, declared)) facts._values[input] = cells.Value(input, input.Required || required(input));
        return facts;
    }

    /// <summary>Every input with its value (null: a policy's own input left empty, so its default applies).</summary>
    public IEnumerable<KeyValuePair<InputSymbol, object?>> Values => _values;

    public T Get<T>(InputField field) => (T)_values.Single(v => v.Key.Builtin == field).Value!;

    /// <summary>The values given for the policies' own inputs.</summary>
    public InputValues Declared()
    {
        var given = _values.Where(v => v.Key.IsDeclared && v.Value is not null).Select(v => new KeyValuePair<string, object>(v.Key.Name, v.Value!)).ToList();
        return given.Count == 0 ? InputValues.Empty : new InputValues(given);
    }

    public Person Person(string id) => new(id, Get<InsuredStatus>(InputField.PersonStatus), Get<int>(InputField.PersonAge), Get<Scheme>(InputField.PersonScheme),
        Get<bool>(InputField.PersonOldWorker), Get<decimal>(InputField.PersonBase), Declared());

    public Claim Claim(Person person) => new(person, Get<DateOnly>(InputField.ClaimDate), Get<HospitalLevel>(InputField.ClaimLevel), Get<decimal>(InputField.ClaimAmount),
        Get<Channel>(InputField.ClaimChannel), Get<Place>(InputField.ClaimPlace), Get<bool>(InputField.ClaimDesignated), Get<bool>(InputField.ClaimInpatient), Declared());
}
