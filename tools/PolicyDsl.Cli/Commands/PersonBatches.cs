using PolicyDsl.Cli.Input;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>One person's claims settled: their number in the store, the settlements, and why the rest were not settled.</summary>
/// <param name="Reasons">per claim in settlement order, why it was not settled (<see cref="UnsettledReasons"/>); null when all were</param>
internal sealed record SettledPerson(int Number, IReadOnlyList<Settlement> Settled, string?[]? Reasons);

/// <summary>
/// A stored population settled in settlement order (persons in order of first appearance, each one's claims
/// by date), a batch of persons at a time on every core, each batch handed on in order once it is settled:
/// what is held at once is one batch, not the population's settlements.
/// </summary>
internal static class PersonBatches
{
    /// <summary>Enough persons to keep every core busy between writes; few enough that their settlements (with traces, for --trace) are small.</summary>
    private const int Size = 2048;

    /// <param name="write">each batch of persons settled, in settlement order, on the calling thread</param>
    /// <param name="done">told how many claims are done (settled or not), batch by batch</param>
    public static void Settle(SettlementEngine engine, ClaimStore store, Action<IReadOnlyList<SettledPerson>> write, Action<long> done)
    {
        var (order, starts) = store.Groups();
        for (var first = 0; first < store.Persons; first += Size)
        {
            var batch = new SettledPerson[Math.Min(Size, store.Persons - first)];
            var start = first;
            Parallel.For(0, batch.Length, i =>
            {
                var p = start + i;
                var claims = new Claim[starts[p + 1] - starts[p]];
                for (var k = 0; k < claims.Length; k++) claims[k] = store.Claim(order[starts[p] + k]);
                var outcome = engine.Settle(claims);
                batch[i] = new SettledPerson(p, outcome.Results, UnsettledReasons.Of(claims, outcome));
            });
            write(batch);
            done(starts[first + batch.Length] - starts[first]);
        }
    }
}
