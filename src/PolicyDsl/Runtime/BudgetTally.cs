using PolicyDsl.Domain;

namespace PolicyDsl.Runtime;

/// <summary>
/// Budget lines added up as persons settle, so a population never has to be held to be summed: each
/// person's settled claims at once (a person counts once in each group their claims fall in), each
/// unsettled claim on its own. Tallies of disjoint persons add (<see cref="Add(BudgetTally)"/>), which is
/// how parallel workers and partitions combine: the sums are exact, so the order does not matter.
/// </summary>
internal sealed class BudgetTally(Func<Claim, string>? group = null)
{
    private sealed class Line(string group)
    {
        public readonly string Group = group;
        public int Claims, Persons, PersonsAtCap, Unsettled;
        public decimal Amount, Eligible, Fund, Personal;

        public BudgetLine ToLine() => new(Group, Claims, Persons, Amount, Eligible, Fund, Personal, PersonsAtCap, Unsettled);
    }

    private readonly Line _all = new("all");
    private readonly SortedDictionary<string, Line> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<Line> _touched = [];
    private readonly HashSet<Line> _capped = [];

    /// <summary>One person's settled claims, all of them (the person is counted once per group).</summary>
    public void AddPerson(IReadOnlyList<Settlement> settled)
    {
        if (settled.Count == 0) return;
        _touched.Clear();
        _capped.Clear();
        foreach (var s in settled)
        {
            foreach (var line in LinesOf(s.Claim))
            {
                line.Claims++;
                line.Amount += s.Claim.Amount;
                line.Eligible += s.Eligible;
                line.Fund += s.Fund;
                line.Personal += s.Personal;
                _touched.Add(line);
                if (Bit(s)) _capped.Add(line);
            }
        }
        foreach (var line in _touched) line.Persons++;
        foreach (var line in _capped) line.PersonsAtCap++;
    }

    /// <summary>A claim the policy could not settle: counted apart, in no other figure.</summary>
    public void AddUnsettled(Claim claim)
    {
        foreach (var line in LinesOf(claim)) line.Unsettled++;
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

    private static bool Bit(Settlement s)
    {
        foreach (var cap in s.Caps)
        {
            if (cap.Bit) return true;
        }
        return false;
    }

    private IEnumerable<Line> LinesOf(Claim claim)
    {
        yield return _all;
        if (group is null) yield break;
        var key = group(claim);
        if (!_groups.TryGetValue(key, out var line)) _groups[key] = line = new Line(key);
        yield return line;
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
