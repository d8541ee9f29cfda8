using System.CommandLine;
using System.Text;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy scenarios POLICY... [--out claims.csv]</c>: the built-in scenario grid (typical persons, a
/// year's spend, each hospital level) as a claims CSV with the claims columns, so <c>eval</c>, <c>compare</c>
/// and <c>diff</c> read it. The policies say which year the claims fall in (the first whole year all are in force).
/// </summary>
internal static class ScenariosCommand
{
    public static Command Create(CliOutput output)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "the rule files the claims are for (they choose the year): files, directories or quoted globs", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions(sheets: false);
        var year = YearOption.Create();
        var outFile = new Option<string>("--out") { Description = "write the claims CSV to this file (UTF-8 with a BOM, for Excel); written whole or not at all" };
        var command = new Command("scenarios", "Write the scenario grid (typical persons × a year's spend × hospital level) as a claims CSV") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        command.Options.Add(year);
        command.Options.Add(outFile);
        input.AddTo(command);
        command.SetAction(result => output.Run(() => Run(result.GetValue(policies)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
            result.GetValue(year), result.GetValue(outFile), input.Get(result), output)));
        return command;
    }

    private static int Run(string[] policyArguments, string[] paramFiles, string[] sets, int? year, string? outPath, InputSettings settings, CliOutput output)
    {
        if (ScenarioInput.Load("scenarios", policyArguments, paramFiles, sets, year, settings, output) is not { } loaded) return 1;
        var (declared, conflict) = InputColumns.Declared(loaded.Policies.Select(p => (p.Policy.Path, p.Policy.Policy)));
        if (conflict is not null)
        {
            Output.DiagnosticPrinter.Print(output.Error, conflict);
            return 1;
        }
        // The verifier's counterexample writer is the one claims CSV writer: every prelude column, then each declared input (empty: its default).
        var csv = Verification.Counterexample.ToCsv(ScenarioGrid.Points.SelectMany(p => ScenarioGrid.Claims(p, loaded.Year)), declared);
        if (outPath is null) output.Out.Write(csv);
        else output.WriteFile(outPath, [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(csv.Replace("\n", "\r\n"))]);
        return 0;
    }
}
