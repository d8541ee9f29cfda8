using System.CommandLine;
using System.Text;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Cli.Report;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy report POLICY... --out report.html [--claims FILE] [--baseline POLICY]</c>: settles the scenario grid
/// (and a claims file) under each policy with the settlement engine and writes one self-contained HTML page
/// comparing the cities: their rules, charts and tables, each against the baseline, assumed values marked, the
/// trace behind each figure.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliOutput output)
    {
        var claims = new Option<string>("--claims") { Description = "a claims CSV or workbook (as for simulate): its totals and breakdowns under each policy, side by side" };
        var baseline = new Option<string>("--baseline") { Description = "a policy to measure the others against (a reform's baseline): what changes, by how much, for whom, which articles" };
        return ScenarioCommand.Create(output, "report",
            "Write an HTML report comparing the cities: their rules, fund paid against a year's spend per hospital level and typical person, a claims file, a reform against its baseline",
            "the HTML file to write (self-contained, opens offline); written whole or not at all", outRequired: true, (loaded, outPath, result) =>
            {
                var cities = loaded.Policies.Select(p => CityResults.Settle(p.Policy.Name, p.Policy.Policy, p.Policy.Parameters, p.Period, loaded.Year)).ToList();
                ClaimsResults? settled = null;
                if (result.GetValue(claims) is { } claimsPath)
                {
                    if (Claims(loaded, claimsPath, output) is not { } read) return 1;
                    settled = new ClaimsResults(claimsPath, read,
                        loaded.Policies.Select(p => PolicyColumn.Settle(p.Policy.Name, p.Policy.Policy, p.Policy.Parameters, read)).ToList());
                }
                var content = new ReportContent(loaded.Policies.Select(p => p.Policy).ToList(), cities, loaded.Year, settled, loaded.HasBaseline);
                output.WriteFile(outPath!, new UTF8Encoding(false).GetBytes(ReportPage.Write(content)));
                return 0;
            }, [claims], baseline);
    }

    /// <summary>The claims file, read with every column the policies declare; null with the problems printed.</summary>
    private static IReadOnlyList<Domain.Claim>? Claims(ScenarioInput.Loaded loaded, string path, CliOutput output)
    {
        var (declared, conflict) = InputColumns.Declared(loaded.Policies.Select(p => (p.Policy.Path, p.Policy.Policy)));
        if (conflict is not null)
        {
            DiagnosticPrinter.Print(output.Error, conflict);
            return null;
        }
        return InputFiles.Claims(path, declared, loaded.Settings, output.Error);
    }
}
