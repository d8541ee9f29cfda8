using System.Text;
using PolicyDsl.Cli.Output;
using PolicyDsl.Cli.Scenarios;
using static PolicyDsl.Cli.Report.HtmlText;

namespace PolicyDsl.Cli.Report;

/// <summary>
/// 典型人员情景, the scenario grid: per hospital level and typical person, a chart of the year's fund against the
/// year's spend (drawn by <c>report.js</c> from <see cref="ReportData.Scenarios"/>) and beside it the figures at the
/// table's spend points, each titled with its trace. The report and the workbench both write it here.
/// </summary>
internal static class ScenariosSection
{
    public static void Write(StringBuilder html, IReadOnlyList<CityResults> cities)
    {
        html.Append("<section id=\"scenarios\">\n<h2>").Append(Bilingual("典型人员情景", "Typical persons on the scenario grid")).Append("</h2>\n");
        foreach (var level in ScenarioGrid.Levels)
        {
            html.Append($"<section class=\"level\">\n<h2>{Escape(ScenarioGrid.LevelChinese(level))} <span class=\"en\">{Escape(ScenarioGrid.LevelEnglish(level))}</span></h2>\n");
            foreach (var person in ScenarioGrid.Persons) Block(html, cities, level, person);
            html.Append("</section>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>A chart and, beside it, the figures at the table's spend points, each cell titled with its articles and assumptions.</summary>
    private static void Block(StringBuilder html, IReadOnlyList<CityResults> cities, Domain.HospitalLevel level, TypicalPerson person)
    {
        var id = ReportData.ChartId(level, person);
        html.Append($"<div class=\"block\">\n<h3>{Escape(person.Chinese)} <span class=\"en\">{Escape(person.English)}</span> · {Escape(ScenarioGrid.LevelChinese(level))}</h3>\n")
            .Append($"<div class=\"pair\">\n<div class=\"chart\" id=\"{id}\" data-chart=\"{id}\" role=\"img\" aria-label=\"统筹基金支付 fund paid\"></div>\n")
            .Append($"<table class=\"figures\" data-chart=\"{id}\">\n<thead><tr><th>城市 <span class=\"en\">City</span></th>");
        foreach (var spend in ScenarioGrid.TablePoints) html.Append($"<th class=\"num\">{spend:0}元</th>");
        html.Append("<th>依据 <span class=\"en\">Articles</span></th></tr></thead>\n<tbody>\n");
        foreach (var city in cities)
        {
            html.Append($"<tr data-policy=\"{Escape(city.Name)}\"><td>{Escape(city.Policy.Info.City)} <span class=\"en\">{Escape(city.Name)}</span></td>");
            var shown = ScenarioGrid.TablePoints.Select(spend => city.Points[new ScenarioPoint(person, level, spend)]).ToList();
            foreach (var (spend, result) in ScenarioGrid.TablePoints.Zip(shown))
            {
                var title = FigureTrace.Of(result.Settled, result.Citations, result.Assumptions, result.Failure);
                var text = result.Fund is { } fund ? Formatting.Money(fund) + (result.Assumed ? " ⚠" : "") : "n/a";
                html.Append($"<td class=\"num{(result.Assumed ? " assumed" : "")}\" data-spend=\"{spend:0}\" title=\"{Escape(title)}\">{Escape(text)}</td>");
            }
            var articles = shown.SelectMany(r => r.Citations).Distinct().ToList();
            html.Append($"<td class=\"cites\">{Escape(string.Join("；", articles))}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n</div>\n");
    }
}
