using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>One policy's results in a comparison: settled claims by input index, and why the others were not.</summary>
internal sealed record PolicyColumn(string Name, string City, IReadOnlyDictionary<int, Settlement> Results, IReadOnlyDictionary<int, string> Failures)
{
    /// <summary>Each person settled on their own, so one person's unstated figure does not hide the rest.</summary>
    public static PolicyColumn Settle(string name, Semantics.CheckedPolicy policy, ParameterValues parameters, IReadOnlyList<Claim> claims)
    {
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), parameters, trace: true);
        var results = new Dictionary<int, Settlement>();
        var failures = new Dictionary<int, string>();
        foreach (var person in claims.Select((c, i) => (c, i)).GroupBy(p => p.c.Person.Id))
        {
            var indices = person.Select(p => p.i).ToList();
            var outcome = engine.Settle(indices.Select(i => claims[i]).ToList());
            if (outcome.Succeeded)
            {
                foreach (var s in outcome.Results) results[indices[s.Index]] = s;
            }
            else
            {
                foreach (var i in indices) failures[i] = $"{outcome.Error!.Id}: {outcome.Error.Message}";
            }
        }
        return new PolicyColumn(name, policy.Info.City, results, failures);
    }

    public bool Assumed(int index) => Results.TryGetValue(index, out var s) && s.Trace is { Assumptions.Count: > 0 };
}
