using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>One policy's results in a comparison: settled claims by input index, and why the others were not.</summary>
internal sealed record PolicyColumn(string Name, string City, IReadOnlyDictionary<int, Settlement> Results, IReadOnlyDictionary<int, string> Failures)
{
    /// <summary>
    /// Each person settled on their own, so one person's unstated figure does not hide the rest; what is
    /// not settled says why as <see cref="UnsettledReasons"/> has it.
    /// </summary>
    /// <param name="recording">The grounds (citations and assumptions per claim) for a table that shows them; the figures alone
    /// for a budget, which runs faster without; a full trace only for <c>--trace</c>.</param>
    /// <param name="settled">told how many claims are done (settled or not), as persons finish</param>
    public static PolicyColumn Settle(string name, Semantics.CheckedPolicy policy, ParameterValues parameters, IReadOnlyList<Claim> claims,
        Recording recording = Recording.Grounds, int workers = 0, Action<long>? settled = null)
    {
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: recording != Recording.Figures), parameters, recording);
        var groups = PersonGroups.Of(claims);
        // Persons are independent: settled on every core, each into its own slot, then gathered in person
        // order, so the results are those of one thread in the same order.
        var outcomes = new RunOutcome<Settlement>[groups.Count];
        var reasons = new string?[]?[groups.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers > 0 ? workers : Environment.ProcessorCount };
        Parallel.For(0, groups.Count, options, p =>
        {
            var own = groups.Of(p);
            var list = new Claim[own.Length];
            for (var i = 0; i < own.Length; i++) list[i] = claims[own[i]];
            outcomes[p] = engine.Settle(list);
            reasons[p] = UnsettledReasons.Of(list, outcomes[p]);
            // From every worker at once: Spectre's task counts under its own lock.
            settled?.Invoke(own.Length);
        });
        var results = new Dictionary<int, Settlement>(claims.Count);
        var failures = new Dictionary<int, string>();
        for (var p = 0; p < groups.Count; p++)
        {
            var indices = groups.Of(p);
            foreach (var s in outcomes[p].Results) results[indices[s.Index]] = s;
            if (reasons[p] is not { } why) continue;
            for (var i = 0; i < indices.Length; i++)
            {
                if (why[i] is { } reason) failures[indices[i]] = reason;
            }
        }
        return new PolicyColumn(name, policy.Info.City, results, failures);
    }

    /// <summary>The settlement above, under a progress bar for the policy when the run is long and standard error a terminal.</summary>
    public static PolicyColumn Settle(CliOutput output, string name, Semantics.CheckedPolicy policy, ParameterValues parameters, IReadOnlyList<Claim> claims,
        Recording recording = Recording.Grounds) =>
        output.Progress.Run($"{name}: settling {claims.Count:N0} claims", claims.Count, tick => Settle(name, policy, parameters, claims, recording, settled: tick));

    public bool Assumed(int index) => Results.TryGetValue(index, out var s) && s.Grounds is { Assumptions.Count: > 0 };

    /// <summary>Every assumed parameter any settled claim rests on, as name=value (reason).</summary>
    public IReadOnlyList<string> Assumptions() => Results.Values.SelectMany(s => s.Grounds?.Assumptions ?? [])
        .Select(a => $"{a.Parameter}={a.Value} ({a.Reason})").Distinct().Order(StringComparer.Ordinal).ToList();
}
