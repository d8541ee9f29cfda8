using PolicyDsl.Domain;

namespace PolicyDsl.Runtime;

/// <summary>
/// Budget lines added up as persons settle, so a population never has to be held to be summed: each
/// person's settled claims at once (a person counts once in each group their claims fall in), each
/// unsettled claim on its own. Tallies of disjoint persons add (<see cref="Add(BudgetTally)"/>), which is
/// how parallel workers and partitions combine: the sums are exact, so the order does not matter.
/// </summary>
internal sealed class BudgetTally(Func<Claim, string>? group = null) : ISettledFigures
{
    private sealed class Line(string group)
    {
        public readonly string Group = group;
        public int Claims, Persons, PersonsAtCap, Unsettled;
        public decimal Amount, Eligible, Fund, Personal;

        // The last person counted in Persons and in PersonsAtCap: a person counts once per line, found without a set.
        public int Counted, CountedAtCap;

        public BudgetLine ToLine() => new(Group, Claims, Persons, Amount, Eligible, Fund, Personal, PersonsAtCap, Unsettled);
    }

    private readonly Line _all = new("all");
    private readonly SortedDictionary<string, Line> _groups = new(StringComparer.Ordinal);
    private int _person;

    /// <summary>One person's settled claims, all of them (the person is counted once per group).</summary>
    public void AddPerson(IReadOnlyList<Settlement> settled)
    {
        if (settled.Count == 0) return;
        StartPerson();
        foreach (var s in settled)
        {
            var bit = false;
            foreach (var cap in s.Caps) bit |= cap.Bit;
            Count(s.Claim, s.Eligible, s.Fund, s.Personal, bit);
        }
    }

    /// <summary>The claims <see cref="Add(Claim, in ClaimFigures, ReadOnlySpan{Compilation.AppliedCap})"/> is given next are another person's.</summary>
    public void StartPerson() => _person++;

    /// <summary>One settled claim of the person started last.</summary>
    public void Add(Claim claim, in ClaimFigures figures, ReadOnlySpan<Compilation.AppliedCap> caps)
    {
        var bit = false;
        foreach (var cap in caps) bit |= cap.Bit;
        Count(claim, figures.Eligible, figures.Fund, figures.Personal, bit);
    }

    private void Count(Claim claim, decimal eligible, decimal fund, decimal personal, bool bit)
    {
        Count(_all, claim, eligible, fund, personal, bit);
        if (group is not null) Count(LineOf(claim), claim, eligible, fund, personal, bit);
    }

    private void Count(Line line, Claim claim, decimal eligible, decimal fund, decimal personal, bool bit)
    {
        line.Claims++;
        line.Amount += claim.Amount;
        line.Eligible += eligible;
        line.Fund += fund;
        line.Personal += personal;
        if (line.Counted != _person) (line.Counted, line.Persons) = (_person, line.Persons + 1);
        if (bit && line.CountedAtCap != _person) (line.CountedAtCap, line.PersonsAtCap) = (_person, line.PersonsAtCap + 1);
    }

    /// <summary>A claim the policy could not settle: counted apart, in no other figure.</summary>
    public void AddUnsettled(Claim claim)
    {
        _all.Unsettled++;
        if (group is not null) LineOf(claim).Unsettled++;
    }

    /// <summary>Adds another tally of other persons into this one.</summary>
    public void Add(BudgetTally other)
    {
        Sum(_all, other._all);
        foreach (var (key, theirs) in other._groups)
        {
            if (!_groups.TryGetValue(key, out var ours)) _groups[key] = ours = new Line(key);
            Sum(ours, theirs);
        }
    }

    /// <summary>
    /// The whole first ("all"), then each group with a settled claim, in order (a group only unsettled claims fall
    /// in has no line of its own; the whole counts them).
    /// </summary>
    public IReadOnlyList<BudgetLine> Lines() => [_all.ToLine(), .. _groups.Values.Where(l => l.Claims > 0).Select(l => l.ToLine())];

    private Line LineOf(Claim claim)
    {
        var key = group!(claim);
        if (!_groups.TryGetValue(key, out var line)) _groups[key] = line = new Line(key);
        return line;
    }

    private static void Sum(Line into, Line from)
    {
        into.Claims += from.Claims;
        into.Persons += from.Persons;
        into.PersonsAtCap += from.PersonsAtCap;
        into.Unsettled += from.Unsettled;
        into.Amount += from.Amount;
        into.Eligible += from.Eligible;
        into.Fund += from.Fund;
        into.Personal += from.Personal;
    }
}
