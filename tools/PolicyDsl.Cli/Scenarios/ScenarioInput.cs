using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Input;

namespace PolicyDsl.Cli.Scenarios;

/// <summary>The policies of a scenarios or report run, each with its period, and the common year the grid is settled in.</summary>
internal static class ScenarioInput
{
    /// <param name="HasBaseline">the first policy is the baseline (--baseline) the others are measured against</param>
    /// <param name="Settings">how the run reads data files (a report's claims file too)</param>
    public sealed record Loaded(IReadOnlyList<(ComparisonInput.LoadedPolicy Policy, ScenarioYear.Period Period)> Policies, int Year, bool HasBaseline, InputSettings Settings);

    /// <summary>Null, with every problem printed, when a policy does not load or no year suits them all.</summary>
    public static Loaded? Load(string command, string[] policyArguments, string[] paramFiles, string[] sets, int? year, InputSettings settings, CliOutput output,
        string? baseline = null)
    {
        if (FileArguments.Expand(policyArguments, ".policy", output.Error) is not { } expanded) return null;
        // The baseline comes first; named among POLICY... too (policies/*.policy), it is not compared with itself.
        var paths = baseline is null ? expanded
            : [baseline, .. expanded.Where(p => !string.Equals(Path.GetFullPath(p), Path.GetFullPath(baseline), StringComparison.Ordinal))];
        if (ComparisonInput.Policies(paths, paramFiles, sets, settings, output) is not { } policies) return null;
        var periods = new List<(ComparisonInput.LoadedPolicy, ScenarioYear.Period)>();
        foreach (var policy in policies)
        {
            var (period, error) = ScenarioYear.Of(policy.Policy, policy.Parameters);
            if (error is not null)
            {
                output.Error.WriteLine($"{policy.Path}: error: {error}");
                return null;
            }
            periods.Add((policy, period!));
        }
        var (chosen, problem) = ScenarioYear.Choose(periods.Select(p => (p.Item1.Name, p.Item2)).ToList(), year);
        if (problem is not null)
        {
            output.Error.WriteLine($"policy {command}: error: {problem}");
            return null;
        }
        return new Loaded(periods, chosen!.Value, baseline is not null, settings);
    }
}
