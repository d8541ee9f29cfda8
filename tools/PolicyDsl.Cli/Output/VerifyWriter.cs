using System.Text.Json;
using PolicyDsl.Verification;

namespace PolicyDsl.Cli.Output;

/// <summary>What <c>policy verify</c> found for one policy: the histories it ran, what it could not check, and each invariant's result.</summary>
internal sealed record PolicyVerification(
    string Path, int Runs, ulong Seed, IReadOnlyList<(string Name, string Reason)> NotChecked, IReadOnlyList<VerificationResult> Results, Func<VerificationResult, string> CounterexampleCsv)
{
    public int Discarded => Results.Count == 0 ? 0 : Results[0].Discarded;

    public string Replay => $"policy verify {Path} --runs {Runs} --seed {Seed}";
}

/// <summary>
/// Writes verify's report: text for people (PASS/FAIL lines, the shrunk counterexample as a CSV to
/// save, the replay command), or one JSON document for CI with the same facts. The JSON shape:
/// <c>{passed, failed, policies: [{file, runs, seed, discarded, not_checked: [{invariant, reason}],
/// invariants: [{invariant, source, passed, failed_at_history, failure, counterexample_csv, replay}]}]}</c>.
/// </summary>
internal static class VerifyWriter
{
    public static (int Passed, int Failed) Count(IReadOnlyList<PolicyVerification> policies) =>
        (policies.Sum(p => p.Results.Count(r => r.Counterexample is null)), policies.Sum(p => p.Results.Count(r => r.Counterexample is not null)));

    public static void WriteText(TextWriter writer, IReadOnlyList<PolicyVerification> policies)
    {
        foreach (var policy in policies)
        {
            writer.WriteLine($"{policy.Path}: {policy.Runs} generated histories (seed {policy.Seed}); {policy.Discarded} claims outside the policy's domain left out");
            foreach (var (name, reason) in policy.NotChecked) writer.WriteLine($"  NOT CHECKED {name} (built in): {reason}");
            foreach (var result in policy.Results)
            {
                var source = $"({result.Invariant.Source})";
                if (result.Counterexample is null)
                {
                    writer.WriteLine($"  PASS {result.Invariant.Name} {source}");
                    continue;
                }
                writer.WriteLine($"  FAIL {result.Invariant.Name} {source}, at history {result.FailedRun}");
                writer.WriteLine($"       {result.Failure}");
                writer.WriteLine("       shrunk counterexample (save as a .csv and run policy eval on it):");
                foreach (var line in policy.CounterexampleCsv(result).TrimEnd().Split('\n')) writer.WriteLine($"         {line}");
                writer.WriteLine($"       replay: {policy.Replay}");
            }
        }
        var (passed, failed) = Count(policies);
        writer.WriteLine($"{passed} passed, {failed} failed");
    }

    public static void WriteJson(TextWriter writer, IReadOnlyList<PolicyVerification> policies)
    {
        var (passed, failed) = Count(policies);
        writer.WriteLine(JsonSerializer.Serialize(new
        {
            passed,
            failed,
            policies = policies.Select(p => new
            {
                file = p.Path,
                runs = p.Runs,
                seed = p.Seed,
                discarded = p.Discarded,
                not_checked = p.NotChecked.Select(n => new { invariant = n.Name, reason = n.Reason }).ToArray(),
                invariants = p.Results.Select(r => new
                {
                    invariant = r.Invariant.Name,
                    source = r.Invariant.Source,
                    passed = r.Counterexample is null,
                    failed_at_history = r.FailedRun,
                    failure = r.Failure,
                    counterexample_csv = r.Counterexample is null ? null : p.CounterexampleCsv(r),
                    replay = r.Counterexample is null ? null : p.Replay,
                }).ToArray(),
            }).ToArray(),
        }, SettlementWriter.JsonOptions));
    }
}
