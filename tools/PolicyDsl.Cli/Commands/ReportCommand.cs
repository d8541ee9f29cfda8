using System.CommandLine;
using System.Text;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Report;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy report POLICY... --out report.html</c>: settles the scenario grid under each policy with the
/// settlement engine and writes one self-contained HTML page comparing the cities (charts and tables,
/// assumed values marked, articles behind each figure).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliOutput output)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "the rule files to compare: files, directories or quoted globs", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions(sheets: false);
        var year = YearOption.Create();
        var outFile = new Option<string>("--out") { Description = "the HTML file to write (self-contained, opens offline); written whole or not at all", Required = true };
        var command = new Command("report", "Write an HTML report comparing the cities on the scenario grid: fund paid against a year's spend, per hospital level and typical person") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        command.Options.Add(year);
        command.Options.Add(outFile);
        input.AddTo(command);
        command.SetAction(result => output.Run(() => Run(result.GetValue(policies)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
            result.GetValue(year), result.GetValue(outFile)!, input.Get(result), output)));
        return command;
    }

    private static int Run(string[] policyArguments, string[] paramFiles, string[] sets, int? year, string outPath, InputSettings settings, CliOutput output)
    {
        if (ScenarioInput.Load("report", policyArguments, paramFiles, sets, year, settings, output) is not { } loaded) return 1;
        var cities = loaded.Policies.Select(p => CityResults.Settle(p.Policy.Name, p.Policy.Policy, p.Policy.Parameters, p.Period, loaded.Year)).ToList();
        output.WriteFile(outPath, new UTF8Encoding(false).GetBytes(ReportPage.Write(cities, loaded.Year)));
        return 0;
    }
}
