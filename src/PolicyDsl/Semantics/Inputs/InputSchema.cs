namespace PolicyDsl.Semantics.Inputs;

/// <summary>
/// The inputs one policy can read: the <see cref="Prelude"/>'s and the ones it declares. Readers of
/// claims and persons files take their columns from here, so a declared input is read, defaulted and
/// checked like a built-in one.
/// </summary>
internal sealed class InputSchema
{
    private readonly Dictionary<(InputGroup, string), InputSymbol> _byName;

    public InputSchema(IReadOnlyList<InputSymbol> declared, IReadOnlyList<InputSymbol>? totals = null)
    {
        // A prelude line with no engine property is kept by name, exactly like a policy's own input, so
        // readers, generators and back ends take it from here too: adding one is that line alone.
        Declared = [.. Prelude.Inputs.Where(i => i.IsDeclared && i.Column is not null), .. declared];
        Totals = totals ?? [];
        All = [.. Prelude.Inputs, .. declared, .. Totals];
        _byName = All.ToDictionary(i => (i.Group, i.Name));
    }

    /// <summary>The schema of a policy that declares nothing.</summary>
    public static InputSchema PreludeOnly { get; } = new([]);

    public IReadOnlyList<InputSymbol> All { get; }

    /// <summary>The claim and person inputs kept by name: the prelude's that have no engine property, then the policy's own, in file order.</summary>
    public IReadOnlyList<InputSymbol> Declared { get; }

    /// <summary>The running totals the policy declares (<c>total.*</c>), by <see cref="InputSymbol.TotalIndex"/>.</summary>
    public IReadOnlyList<InputSymbol> Totals { get; }

    /// <summary>Claim and person inputs: the ones read from files.</summary>
    public IEnumerable<InputSymbol> Columns => All.Where(i => i.Column is not null);

    public InputSymbol? Find(InputGroup group, string name) => _byName.GetValueOrDefault((group, name));

    public IEnumerable<InputSymbol> InGroup(InputGroup group) => All.Where(i => i.Group == group);

    /// <summary>The groups written before a dot in rule files, by name.</summary>
    public static readonly IReadOnlyDictionary<string, InputGroup> Groups = new Dictionary<string, InputGroup>
    {
        ["claim"] = InputGroup.Claim,
        ["person"] = InputGroup.Person,
        ["year"] = InputGroup.Year,
        ["result"] = InputGroup.Result,
        ["total"] = InputGroup.Total,
    };

    public static InputSymbol Month { get; } = Prelude.Inputs.Single(i => i.Group == InputGroup.Month);
}
