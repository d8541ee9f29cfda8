using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>One policy's results in a comparison: settled claims by input index, and why the others were not.</summary>
internal sealed record PolicyColumn(string Name, string City, IReadOnlyDictionary<int, Settlement> Results, IReadOnlyDictionary<int, string> Failures)
{
    /// <summary>
    /// Each person settled on their own, so one person's unstated figure does not hide the rest. Within a
    /// person, claims settled before the one that failed stand (settlement is in date order, so they do
    /// not depend on it); the failed claim gets its reason, and the person's later claims say which
    /// claim they wait on, since their deductible and cap depend on it.
    /// </summary>
    /// <param name="trace">Citations and assumptions per claim (a comparison shows them); a budget needs only the figures, and runs far faster without.</param>
    /// <param name="settled">told how many claims are done (settled or not), person by person</param>
    public static PolicyColumn Settle(string name, Semantics.CheckedPolicy policy, ParameterValues parameters, IReadOnlyList<Claim> claims, bool trace = true,
        Action<long>? settled = null)
    {
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: trace), parameters, trace);
        var results = new Dictionary<int, Settlement>();
        var failures = new Dictionary<int, string>();
        foreach (var person in claims.Select((c, i) => (c, i)).GroupBy(p => p.c.Person.Id))
        {
            var indices = person.Select(p => p.i).ToList();
            var outcome = engine.Settle(indices.Select(i => claims[i]).ToList());
            foreach (var s in outcome.Results) results[indices[s.Index]] = s;
            settled?.Invoke(indices.Count);
            if (outcome.Succeeded) continue;
            var reason = $"{outcome.Error!.Id}: {outcome.Error.Message}";
            var failed = outcome.FailedIndex is { } f ? indices[f] : (int?)null;
            foreach (var i in indices.Where(i => !results.ContainsKey(i)))
            {
                failures[i] = i == failed || failed is null ? reason
                    : $"after this person's claim of {claims[failed.Value].Date:yyyy-MM-dd}, which could not be settled ({reason})";
            }
        }
        return new PolicyColumn(name, policy.Info.City, results, failures);
    }

    /// <summary>The settlement above, under a progress bar for the policy when the run is long and standard error a terminal.</summary>
    public static PolicyColumn Settle(CliOutput output, string name, Semantics.CheckedPolicy policy, ParameterValues parameters, IReadOnlyList<Claim> claims, bool trace = true) =>
        output.Progress.Run($"{name}: settling {claims.Count:N0} claims", claims.Count, tick => Settle(name, policy, parameters, claims, trace, tick));

    public bool Assumed(int index) => Results.TryGetValue(index, out var s) && s.Trace is { Assumptions.Count: > 0 };

    /// <summary>Every assumed parameter any settled claim rests on, as name=value (reason).</summary>
    public IReadOnlyList<string> Assumptions() => Results.Values.SelectMany(s => s.Trace?.Assumptions ?? [])
        .Select(a => $"{a.Parameter}={a.Value} ({a.Reason})").Distinct().Order(StringComparer.Ordinal).ToList();
}
