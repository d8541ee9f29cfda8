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
    public static Command Create(CliOutput output) => ScenarioCommand.Create(output, "report",
        "Write an HTML report comparing the cities on the scenario grid: fund paid against a year's spend, per hospital level and typical person",
        "the HTML file to write (self-contained, opens offline); written whole or not at all", outRequired: true, (loaded, outPath) =>
        {
            var cities = loaded.Policies.Select(p => CityResults.Settle(p.Policy.Name, p.Policy.Policy, p.Policy.Parameters, p.Period, loaded.Year)).ToList();
            output.WriteFile(outPath!, new UTF8Encoding(false).GetBytes(ReportPage.Write(cities, loaded.Year)));
            return 0;
        });
}
