using System.CommandLine;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy simulate POLICY... --claims FILE [--by level,status,…]</c>: what each policy costs on a population
/// of claims, side by side, read once and settled under each; with several policies, each one's fund
/// against the first (a reform against its baseline). Claims a policy cannot settle are counted apart.
/// </summary>
internal static class SimulateCommand
{
    /// <summary>What a breakdown can be by: a claim's fact, or its month.</summary>
    private static readonly Dictionary<string, Func<Claim, string>> Dimensions = new(StringComparer.Ordinal)
    {
        ["level"] = c => DomainVocabulary.CsvName(c.Level),
        ["status"] = c => DomainVocabulary.CsvName(c.Person.Status),
        ["scheme"] = c => DomainVocabulary.CsvName(c.Person.Scheme),
        ["channel"] = c => DomainVocabulary.CsvName(c.Channel),
        ["place"] = c => DomainVocabulary.CsvName(c.Place),
        ["month"] = c => c.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Command Create(CliOutput output)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "rule files: files, directories or quoted globs; the first is the baseline", Arity = ArgumentArity.ZeroOrMore };
        var common = new CommonOptions();
        var input = new InputOptions();
        var claims = new Option<string>("--claims") { Description = "claims CSV or workbook (as for eval); required unless --merge" };
        var by = new Option<string>("--by") { Description = $"break the totals down by {string.Join(", ", Dimensions.Keys)} (comma-separated)" };
        var partition = new Option<string>("--partition") { Description = "K/N: settle only the persons in part K of N (0 ≤ K < N, by a stable hash of the person id; see README)" };
        var merge = new Option<string[]>("--merge") { Description = "add up the --format json budgets of the parts of a partitioned run (instead of POLICY and --claims)", AllowMultipleArgumentsPerToken = true };
        var inDecimal = new Option<bool>("--decimal")
        {
            Description = "settle in decimal throughout, the reference arithmetic (by default a policy whose money the checker proves whole settles in integer fen, to the same figures)",
        };
        var command = new Command("simulate", "What each policy costs on a population of claims: budget totals side by side, by group") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        common.Output.AddTo(command);
        command.Options.Add(claims);
        command.Options.Add(by);
        command.Options.Add(partition);
        command.Options.Add(merge);
        command.Options.Add(inDecimal);
        input.AddTo(command);
        command.SetAction(result => output.Run(() =>
        {
            if (common.Output.Get(result) is not (var settings, null)) return output.Usage("simulate", common.Output.Get(result).Error!);
            var paths = result.GetValue(policies) ?? [];
            if (result.GetValue(merge) is { Length: > 0 } parts)
            {
                if (paths.Length > 0 || result.GetValue(claims) is not null || result.GetValue(partition) is not null || result.GetValue(by) is not null)
                {
                    return output.Usage("simulate", "--merge adds up budgets already made: give it no POLICY, --claims, --partition or --by");
                }
                return Merge(parts, settings!, output);
            }
            if (paths.Length == 0 || result.GetValue(claims) is null) return output.Usage("simulate", "give POLICY... and --claims FILE (or --merge FILE...)");
            PersonPartition? part = null;
            if (result.GetValue(partition) is { } k)
            {
                var (parsed, problem) = PersonPartition.Parse(k);
                if (problem is not null) return output.Usage("simulate", problem);
                part = parsed;
            }
            var dimensions = (result.GetValue(by) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (dimensions.FirstOrDefault(d => !Dimensions.ContainsKey(d)) is { } unknown)
            {
                return output.Usage("simulate", $"--by {unknown}: a breakdown is by {string.Join(", ", Dimensions.Keys)}");
            }
            return Run(paths, result.GetValue(claims)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
                dimensions, part, !result.GetValue(inDecimal), settings!, input.Get(result), output);
        }));
        return command;
    }

    private static int Run(string[] policyPaths, string claimsPath, string[] paramFiles, string[] sets, string[] dimensions, PersonPartition? partition,
        bool integerFen, OutputSettings format, InputSettings settings, CliOutput output)
    {
        if (FileArguments.Expand(policyPaths, ".policy", output.Error) is not { } paths) return 1;
        if (ComparisonInput.WithColumns(paths, paramFiles, sets, settings, output) is not var (policies, declared)) return 1;
        if (ClaimSource.Read(claimsPath, declared, settings, output.Error) is not { } store) return 1;
        Func<Claim, string>? group = dimensions.Length == 0 ? null : c => string.Join(" / ", dimensions.Select(d => Dimensions[d](c)));
        var budgets = policies.Select(p =>
        {
            var lines = output.Progress.Run($"{p.Name}: settling {store.Count:N0} claims", store.Count,
                tick => PopulationBudget.Settle(p.Policy, p.Parameters, store, group, partition, settled: tick, integerFen: integerFen));
            var assumed = p.Policy.Parameters.Where(s => p.Parameters.AssumptionOf(s.Index) is not null).Select(s => s.Name).ToList();
            return new PolicyBudget(p.Name, p.Policy.Info.City, lines, assumed);
        }).ToList();
        return Write(budgets, format, output);
    }

    private static int Merge(string[] parts, OutputSettings format, CliOutput output)
    {
        var (budgets, error) = BudgetMerge.Read(parts);
        if (error is not null)
        {
            DiagnosticPrinter.Print(output.Error, error);
            return 1;
        }
        return Write(budgets!, format, output);
    }

    private static int Write(IReadOnlyList<PolicyBudget> budgets, OutputSettings format, CliOutput output)
    {
        ResultOutput.Write(output, format, () => BudgetWriter.Rows(budgets), (w, _) => BudgetWriter.Write(w, budgets, format.Language));
        // Unsettled claims make the run fail, but the budget is whole and says what it left out: keep it.
        if (!budgets.Any(b => b.Lines[0].Unsettled > 0)) return 0;
        foreach (var b in budgets.Where(b => b.Lines[0].Unsettled > 0))
        {
            output.Error.WriteLine($"{b.Name}: {b.Lines[0].Unsettled:N0} of {b.Lines[0].Claims + b.Lines[0].Unsettled:N0} claims could not be settled; the budget counts them apart (unsettled), in no other figure");
        }
        output.KeepOutput();
        return 1;
    }
}

/// <summary>One policy's budget lines, and the params whose values in this run are assumptions.</summary>
internal sealed record PolicyBudget(string Name, string City, IReadOnlyList<BudgetLine> Lines, IReadOnlyList<string> Assumed);
