using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// The claims a streamed run could not settle, kept until its settled rows are written, since they come last:
/// per person, only the reasons (the claims are made again from the store), so what is held grows with the
/// unsettled claims, not with the population.
/// </summary>
internal sealed class UnsettledClaims(ClaimStore store)
{
    private readonly List<(int Person, string?[] Reasons)> _persons = [];

    public int Count { get; private set; }

    public void Add(int person, string?[] reasons)
    {
        _persons.Add((person, reasons));
        Count += reasons.Count(r => r is not null);
    }

    /// <summary>Each unsettled claim, in settlement order, with its index in the store (its place among the file's claims).</summary>
    public IEnumerable<(int Index, Unsettled Claim)> All()
    {
        var (order, starts) = store.Groups();
        foreach (var (person, reasons) in _persons)
        {
            for (var k = 0; k < reasons.Length; k++)
            {
                if (reasons[k] is not { } reason) continue;
                var index = order[starts[person] + k];
                yield return (index, new Unsettled(store.Claim(index), reason));
            }
        }
    }
}
