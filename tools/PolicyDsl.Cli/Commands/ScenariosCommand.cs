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
    public static Command Create(CliOutput output) => ScenarioCommand.Create(output, "scenarios",
        "Write the scenario grid (typical persons × a year's spend × hospital level) as a claims CSV",
        "write the claims CSV to this file (UTF-8 with a BOM, for Excel); written whole or not at all", outRequired: false, (loaded, outPath, _) =>
        {
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
        });
}
