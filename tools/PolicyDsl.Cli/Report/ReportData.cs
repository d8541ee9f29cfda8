using PolicyDsl.Cli.Output;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Report;

/// <summary>What the page's script draws: one chart per hospital level and typical person, one series per city.</summary>
/// <param name="Top">the largest spend of the grid: the charts' x axis ends there</param>
internal sealed record ReportData(int Year, decimal Top, IReadOnlyList<ChartData> Charts)
{
    public static ReportData From(IReadOnlyList<CityResults> cities, int year) => new(year, ScenarioGrid.Top,
        (from level in ScenarioGrid.Levels
         from person in ScenarioGrid.Persons
         select new ChartData(ChartId(level, person), Formatting.Level(level), person.Key,
             cities.Select(city => new SeriesData(city.Name, SeriesName(city),
                 ScenarioGrid.Spends.Select(spend => new[] { spend, Formatting.MoneyValue(city.Points[new ScenarioPoint(person, level, spend)].Fund) }).ToList(),
                 city.Points.Where(p => p.Key.Level == level && p.Key.Person == person).Any(p => p.Value.Assumed))).ToList())).ToList());

    public static string ChartId(Domain.HospitalLevel level, TypicalPerson person) => $"chart-{Formatting.Level(level)}-{person.Key}";

    /// <summary>The legend's name: the city in Chinese, the policy file's name beside it, ⚠ when any figure rests on an assumed value.</summary>
    public static string SeriesName(CityResults city) =>
        $"{city.Policy.Info.City} {city.Name}{(city.Points.Values.Any(p => p.Assumed) ? " ⚠" : "")}";
}

/// <param name="Data">[annual spend, fund] pairs; fund null where the policy cannot settle the point (a gap in the line)</param>
internal sealed record SeriesData(string Policy, string Name, IReadOnlyList<decimal?[]> Data, bool Assumed);

internal sealed record ChartData(string Id, string Level, string Person, IReadOnlyList<SeriesData> Series);
