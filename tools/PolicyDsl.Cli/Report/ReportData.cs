using PolicyDsl.Cli.Output;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Report;

/// <summary>
/// What the page's script draws: one line chart per hospital level and typical person, one series per city;
/// and the bar and line charts of the claims and reform sections. Every point carries its trace for the tooltip.
/// </summary>
/// <param name="Top">the largest spend of the grid: the charts' x axis ends there</param>
internal sealed record ReportData(int Year, decimal Top, IReadOnlyList<ChartData> Charts, IReadOnlyList<BarChartData> Bars)
{
    public static IReadOnlyList<ChartData> Scenarios(IReadOnlyList<CityResults> cities) =>
        (from level in ScenarioGrid.Levels
         from person in ScenarioGrid.Persons
         select new ChartData(ChartId(level, person), Formatting.Level(level), person.Key,
             cities.Select(city =>
             {
                 var points = ScenarioGrid.Spends.Select(spend => city.Points[new ScenarioPoint(person, level, spend)]).ToList();
                 return new SeriesData(city.Name, SeriesName(city),
                     ScenarioGrid.Spends.Zip(points, (spend, p) => new[] { spend, Formatting.MoneyValue(p.Fund) }).ToList(),
                     points.Any(p => p.Assumed),
                     points.Select(p => FigureTrace.Of(p.Settled, p.Citations, p.Assumptions, p.Failure)).ToList());
             }).ToList())).ToList();

    public static string ChartId(Domain.HospitalLevel level, TypicalPerson person) => $"chart-{Formatting.Level(level)}-{person.Key}";

    /// <summary>The legend's name: the city in Chinese, the policy file's name beside it, ⚠ when any figure rests on an assumed value.</summary>
    public static string SeriesName(CityResults city) =>
        $"{city.Policy.Info.City} {city.Name}{(city.Points.Values.Any(p => p.Assumed) ? " ⚠" : "")}";
}

/// <param name="Data">[annual spend, fund] pairs; fund null where the policy cannot settle the point (a gap in the line)</param>
/// <param name="Traces">each point's trace (articles and values), in the order of <paramref name="Data"/></param>
internal sealed record SeriesData(string Policy, string Name, IReadOnlyList<decimal?[]> Data, bool Assumed, IReadOnlyList<string> Traces);

internal sealed record ChartData(string Id, string Level, string Person, IReadOnlyList<SeriesData> Series);

/// <summary>
/// A chart over categories (hospital levels, statuses, bands of personal burden: bars, one series per city;
/// a reform's change against spend: lines, one series per typical person and level that changes).
/// </summary>
/// <param name="Kind">"bar" or "line"</param>
/// <param name="Unit">"money" (元) or "persons": how the axis and tooltip read</param>
internal sealed record BarChartData(string Id, string Title, string Kind, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series);

/// <param name="Values">one per category; null where the city has nothing to show</param>
internal sealed record BarSeries(string Policy, string Name, IReadOnlyList<decimal?> Values, IReadOnlyList<string> Traces);
