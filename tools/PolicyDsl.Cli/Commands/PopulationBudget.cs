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
    /// <param name="settled">told how many claims are done (settled, not settled, or in another partition), a batch at a time</param>
    /// <param name="integerFen">whether persons may settle in integer fen where the policy lowers to it (false: decimal throughout)</param>
    public static IReadOnlyList<BudgetLine> Settle(Semantics.CheckedPolicy policy, ParameterValues parameters, ClaimStore store,
        Func<Claim, string>? group, PersonPartition? partition, int workers = 0, Action<long>? settled = null, bool integerFen = true)
    {
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy), parameters, Recording.Figures, integerFen);
        var (order, starts) = store.Groups();
        var total = new BudgetTally(group);
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers > 0 ? workers : Environment.ProcessorCount };
        Parallel.For(0, store.Persons, options, () => new Worker(engine.NewSession(), new BudgetTally(group)), (p, _, worker) =>
        {
            var own = order.AsSpan(starts[p], starts[p + 1] - starts[p]);
            worker.Done(own.Length, settled);
            if (partition is { } part && !part.Holds(store.Description(own[0]).Id)) return worker;
            var claims = worker.Claims(own.Length);
            for (var i = 0; i < own.Length; i++) claims[i] = store.Claim(own[i]);
            worker.Tally.StartPerson();
            var (count, _) = engine.SettlePerson(claims, worker.Session, worker.Tally);
            // The engine settles in the order given, which is the person's date order: what it did not settle is the tail.
            for (var i = count; i < claims.Length; i++) worker.Tally.AddUnsettled(claims[i]);
            return worker;
        }, worker =>
        {
            worker.Done(0, settled, flush: true);
            lock (total) total.Add(worker.Tally);
        });
        return total.Lines();
    }

    /// <summary>One thread's share: its engine session, its tally, and a buffer for the claims of the person it is settling.</summary>
    private sealed class Worker(SettlementSession session, BudgetTally tally)
    {
        private Claim[] _claims = new Claim[64];

        public SettlementSession Session { get; } = session;
        public BudgetTally Tally { get; } = tally;

        private long _done;

        /// <summary>Counts claims done, telling <paramref name="settled"/> in batches: a progress bar takes a lock for each report.</summary>
        public void Done(int claims, Action<long>? settled, bool flush = false)
        {
            _done += claims;
            if (settled is null || _done == 0 || (_done < 1 << 14 && !flush)) return;
            settled(_done);
            _done = 0;
        }

        public Span<Claim> Claims(int count)
        {
            if (_claims.Length < count) _claims = new Claim[Math.Max(count, _claims.Length * 2)];
            return _claims.AsSpan(0, count);
        }
    }
}
