using System.Text;
using PolicyDsl.Cli.Report;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Serve;

/// <summary>
/// The workbench's right pane: the report's own views over the directory's saved rule files, written by the
/// report's sections (the rules side by side, the scenario charts and tables per level and typical person) and
/// drawn by the report's script from <see cref="Data"/>, so the workbench shows exactly what a report would.
/// </summary>
/// <param name="Year">the scenarios' common year; null when no file loads or no year is in force under all</param>
/// <param name="Html">the sections' markup, every text in it escaped by <see cref="HtmlText"/> as in the report</param>
/// <param name="Data">what <c>PolicyReport.draw</c> draws; null when there is no year to settle the grid in</param>
/// <param name="Skipped">the files left out, with why</param>
internal sealed record WorkbenchViews(int? Year, string Html, ReportData? Data, IReadOnlyList<string> Skipped)
{
    public static WorkbenchViews Of(WorkbenchAnalysis analysis)
    {
        var (loaded, skipped) = analysis.Directory();
        if (loaded.Count == 0) return new WorkbenchViews(null, "", null, skipped);
        var html = new StringBuilder();
        // The rules need no year: they are shown even when the files share none to settle the grid in.
        RulesSection.Write(html, loaded.Select(l => l.Policy).ToList());
        var (year, none) = ScenarioYear.Choose(loaded.Select(l => (l.Policy.Name, l.Period)).ToList(), null);
        if (year is null) return new WorkbenchViews(null, html.ToString(), null, [.. skipped, none!]);
        var cities = loaded.Select(l => analysis.Settle(l, year.Value)).ToList();
        ScenariosSection.Write(html, cities);
        return new WorkbenchViews(year, html.ToString(), new ReportData(year.Value, ScenarioGrid.Top, ReportData.Scenarios(cities), []), skipped);
    }
}
