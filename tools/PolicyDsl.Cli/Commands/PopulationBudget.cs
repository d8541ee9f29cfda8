using PolicyDsl.Cli.Input;
using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// One policy's budget on a stored population: persons settled on every core, untraced, each into its
/// thread's tally, the tallies added at the end (sums of exact figures, so the order does not matter). A
/// person the policy cannot settle keeps the claims settled before the one that failed; the rest are counted
/// apart, as <see cref="UnsettledReasons"/> has it.
/// </summary>
internal static class PopulationBudget
{
    public static IReadOnlyList<BudgetLine> Settle(Semantics.CheckedPolicy policy, ParameterValues parameters, ClaimStore store,
        Func<Claim, string>? group, PersonPartition? partition, int workers = 0)
    {
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy), parameters, Recording.Figures);
        var (order, starts) = store.Groups();
        var total = new BudgetTally(group);
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers > 0 ? workers : Environment.ProcessorCount };
        Parallel.For(0, store.Persons, options, () => new BudgetTally(group), (p, _, tally) =>
        {
            var own = order.AsSpan(starts[p], starts[p + 1] - starts[p]);
            if (partition is { } part && !part.Holds(store.Description(own[0]).Id)) return tally;
            var claims = new Claim[own.Length];
            for (var i = 0; i < own.Length; i++) claims[i] = store.Claim(own[i]);
            var outcome = engine.Settle(claims);
            tally.AddPerson(outcome.Results);
            // The engine settles in the order given, which is the person's date order: what it did not settle is the tail.
            for (var i = outcome.Results.Count; i < claims.Length; i++) tally.AddUnsettled(claims[i]);
            return tally;
        }, tally =>
        {
            lock (total) total.Add(tally);
        });
        return total.Lines();
    }
}
