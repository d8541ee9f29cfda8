using PolicyDsl.Domain;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// Claims grouped by person, persons in order of first appearance, each person's claims by date (file
/// order within a day): the engine's settlement order. Grouped in two linear passes over person numbers
/// interned on first sight (count, then place), not by a comparison sort of all claims: an extract in date
/// order interleaves everyone, and sorting it whole took longer than settling it.
/// </summary>
internal sealed class PersonGroups
{
    private readonly int[] _order;
    private readonly int[] _starts;

    private PersonGroups(int[] order, int[] starts)
    {
        _order = order;
        _starts = starts;
    }

    public int Count => _starts.Length - 1;

    /// <summary>The claims of person <paramref name="person"/> (by number of first appearance), as indices into the input, in settlement order.</summary>
    public ReadOnlySpan<int> Of(int person) => _order.AsSpan(_starts[person], _starts[person + 1] - _starts[person]);

    /// <summary>Every claim's index in settlement order.</summary>
    public IReadOnlyList<int> Order => _order;

    public static PersonGroups Of(IReadOnlyList<Claim> claims)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var personOf = new int[claims.Count];
        var counts = new List<int>();
        for (var i = 0; i < claims.Count; i++)
        {
            if (!numbers.TryGetValue(claims[i].Person.Id, out var person))
            {
                person = numbers.Count;
                numbers.Add(claims[i].Person.Id, person);
                counts.Add(0);
            }
            personOf[i] = person;
            counts[person]++;
        }
        var starts = new int[counts.Count + 1];
        for (var p = 0; p < counts.Count; p++) starts[p + 1] = starts[p] + counts[p];
        var next = starts[..^1];
        var order = new int[claims.Count];
        for (var i = 0; i < claims.Count; i++) order[next[personOf[i]]++] = i;
        // A person's few claims by date; the sort is stable on (date, index), so a day keeps file order.
        for (var p = 0; p < counts.Count; p++)
        {
            order.AsSpan(starts[p], counts[p]).Sort((a, b) => claims[a].Date != claims[b].Date ? claims[a].Date.CompareTo(claims[b].Date) : a.CompareTo(b));
        }
        return new PersonGroups(order, starts);
    }
}
