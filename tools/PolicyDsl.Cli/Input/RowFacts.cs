using PolicyDsl.Domain;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The inputs of one group a file is read with, in order: the prelude's that have a column, and the
/// policies' own. Worked out once per file, not per row.
/// </summary>
internal sealed class RowSchema
{
    private readonly Dictionary<InputField, int> _builtin;

    public RowSchema(InputGroup group, IReadOnlyList<InputSymbol> declared, Func<InputSymbol, bool> required)
    {
        Inputs = Prelude.Inputs.Concat(declared).Where(i => i.Group == group && i.Column is not null).ToArray();
        Required = Inputs.Select(i => i.Required || required(i)).ToArray();
        _builtin = Inputs.Select((input, index) => (input, index)).Where(p => p.input.Builtin is not null).ToDictionary(p => p.input.Builtin!.Value, p => p.index);
    }

    public InputSymbol[] Inputs { get; }
    public bool[] Required { get; }

    public int IndexOf(InputField field) => _builtin[field];
}

/// <summary>
/// The values one row gives the inputs of a group, read as the schema says. Only the engine's
/// constructors are written out here (which prelude input is which argument); columns, types and
/// defaults are the prelude's.
/// </summary>
internal sealed class RowFacts
{
    private readonly RowSchema _schema;
    private readonly object?[] _values;

    private RowFacts(RowSchema schema)
    {
        _schema = schema;
        _values = new object?[schema.Inputs.Length];
    }

    public static RowFacts Read(CellReader cells, RowSchema schema)
    {
        var facts = new RowFacts(schema);
        for (var i = 0; i < schema.Inputs.Length; i++) facts._values[i] = cells.Value(schema.Inputs[i], schema.Required[i]);
        return facts;
    }

    /// <summary>The first input whose value differs between the two rows (null for a policy's own input left empty), or null when none does.</summary>
    public InputSymbol? FirstDifference(RowFacts other)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (!Equals(_values[i], other._values[i])) return _schema.Inputs[i];
        }
        return null;
    }

    public T Get<T>(InputField field) => (T)_values[_schema.IndexOf(field)]!;

    /// <summary>The values given for the policies' own inputs.</summary>
    public InputValues Declared()
    {
        List<KeyValuePair<string, object>>? given = null;
        for (var i = 0; i < _values.Length; i++)
        {
            if (_schema.Inputs[i].IsDeclared && _values[i] is { } value) (given ??= []).Add(new(_schema.Inputs[i].Name, value));
        }
        return given is null ? InputValues.Empty : new InputValues(given);
    }

    public Person Person(string id) => new(id, Get<InsuredStatus>(InputField.PersonStatus), Get<int>(InputField.PersonAge), Get<Scheme>(InputField.PersonScheme),
        Get<bool>(InputField.PersonOldWorker), Get<decimal>(InputField.PersonBase), Declared());

    public Claim Claim(Person person) => new(person, Get<DateOnly>(InputField.ClaimDate), Get<HospitalLevel>(InputField.ClaimLevel), Get<decimal>(InputField.ClaimAmount),
        Get<Channel>(InputField.ClaimChannel), Get<Place>(InputField.ClaimPlace), Get<bool>(InputField.ClaimDesignated), Get<bool>(InputField.ClaimInpatient), Declared());
}
