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
        var policies = new Argument<string[]>("POLICY") { Description = "rule files: files, directories or quoted globs; the first is the baseline", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions();
        var claims = new Option<string>("--claims") { Description = "claims CSV or workbook (as for eval)", Required = true };
        var by = new Option<string>("--by") { Description = $"break the totals down by {string.Join(", ", Dimensions.Keys)} (comma-separated)" };
        var command = new Command("simulate", "What each policy costs on a population of claims: budget totals side by side, by group") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        common.Output.AddTo(command);
        command.Options.Add(claims);
        command.Options.Add(by);
        input.AddTo(command);
        command.SetAction(result => output.Run(() =>
        {
            if (common.Output.Get(result) is not (var settings, null)) return output.Usage("simulate", common.Output.Get(result).Error!);
            var dimensions = (result.GetValue(by) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (dimensions.FirstOrDefault(d => !Dimensions.ContainsKey(d)) is { } unknown)
            {
                return output.Usage("simulate", $"--by {unknown}: a breakdown is by {string.Join(", ", Dimensions.Keys)}");
            }
            return Run(result.GetValue(policies)!, result.GetValue(claims)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
                dimensions, settings!, input.Get(result), output);
        }));
        return command;
    }

    private static int Run(string[] policyPaths, string claimsPath, string[] paramFiles, string[] sets, string[] dimensions, OutputSettings format,
        InputSettings settings, CliOutput output)
    {
        if (FileArguments.Expand(policyPaths, ".policy", output.Error) is not { } paths) return 1;
        if (ComparisonInput.Load(paths, claimsPath, paramFiles, sets, settings, output) is not var (policies, claims)) return 1;
        Func<Claim, string>? group = dimensions.Length == 0 ? null : c => string.Join(" / ", dimensions.Select(d => Dimensions[d](c)));
        var budgets = policies.Select(p =>
        {
            var column = PolicyColumn.Settle(p.Name, p.Policy, p.Parameters, claims, Recording.Figures);
            var assumed = p.Policy.Parameters.Where(s => p.Parameters.AssumptionOf(s.Index) is not null).Select(s => s.Name).ToList();
            return new PolicyBudget(p.Name, p.Policy.Info.City, BudgetLine.Of(column.Results.Values, column.Failures.Keys.Select(i => claims[i]), group), assumed);
        }).ToList();
        ResultOutput.Write(output, format, () => BudgetWriter.Rows(budgets), (w, _) => BudgetWriter.Write(w, budgets));
        // Unsettled claims make the run fail, but the budget is whole and says what it left out: keep it.
        if (!budgets.Any(b => b.Lines[0].Unsettled > 0)) return 0;
        output.KeepOutput();
        return 1;
    }
}

/// <summary>One policy's budget lines, and the params whose values in this run are assumptions.</summary>
internal sealed record PolicyBudget(string Name, string City, IReadOnlyList<BudgetLine> Lines, IReadOnlyList<string> Assumed);
