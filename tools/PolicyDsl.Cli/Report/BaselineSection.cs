using System.Text;
using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Output;
using PolicyDsl.Cli.Scenarios;
using PolicyDsl.Domain;
using static PolicyDsl.Cli.Report.HtmlText;

namespace PolicyDsl.Cli.Report;

/// <summary>
/// 改革对比, each policy against the baseline (<c>--baseline</c>): on the scenario grid, which typical persons and
/// levels see the fund change, over which spends, by how much and through which articles; on the claims file,
/// <c>policy diff</c>'s changes (<see cref="ClaimChanges"/>), by status and level, and the changed claims themselves.
/// </summary>
internal static class BaselineSection
{
    /// <summary>Changed claims listed one by one; more are counted.</summary>
    private const int ListedClaims = 40;

    public static void Write(StringBuilder html, IReadOnlyList<CityResults> cities, ClaimsResults? claims, List<BarChartData> charts)
    {
        var baseline = cities[0];
        html.Append("<section id=\"baseline\" class=\"baseline\">\n<h2>").Append(Bilingual($"与基准 {baseline.Name} 对比", $"Against the baseline, {baseline.Name}")).Append("</h2>\n");
        for (var r = 1; r < cities.Count; r++)
        {
            var reform = cities[r];
            html.Append($"<div class=\"reform\" data-policy=\"{Escape(reform.Name)}\">\n<h3>{Bilingual($"{reform.Policy.Info.City} {reform.Name} 较 {baseline.Name}", $"{reform.Name} against {baseline.Name}")}</h3>\n");
            Scenarios(html, baseline, reform, charts);
            if (claims is not null) Claims(html, claims, claims.Columns[0], claims.Columns[r]);
            html.Append("</div>\n");
        }
        if (cities.Count == 1) html.Append("<p>").Append(Bilingual("只给出了基准，没有可对比的政策。", "Only the baseline was given: there is nothing to compare it with.")).Append("</p>\n");
        html.Append("</section>\n");
    }

    private static decimal? Delta(PointResult before, PointResult after) => before.Fund is { } b && after.Fund is { } a ? a - b : null;

    /// <summary>Articles one side cites and the other does not, +new −old, as <c>policy diff</c> writes them.</summary>
    private static List<string> ArticleChanges(PointResult before, PointResult after) =>
        after.Citations.Except(before.Citations).Select(c => "+" + c).Concat(before.Citations.Except(after.Citations).Select(c => "−" + c)).ToList();

    private static string Articles(PointResult before, PointResult after) =>
        ArticleChanges(before, after) is { Count: > 0 } parts ? string.Join(" ", parts) : "条款相同 same articles";

    private static void Scenarios(StringBuilder html, CityResults baseline, CityResults reform, List<BarChartData> charts)
    {
        var rows = new List<(TypicalPerson Person, HospitalLevel Level, List<(decimal Spend, PointResult Before, PointResult After)> Changed)>();
        foreach (var person in ScenarioGrid.Persons)
        {
            foreach (var level in ScenarioGrid.Levels)
            {
                var changed = ScenarioGrid.Spends.Select(spend => new ScenarioPoint(person, level, spend))
                    .Select(p => (p.Spend, Before: baseline.Points[p], After: reform.Points[p]))
                    .Where(x => x.Before.Fund != x.After.Fund).ToList();
                if (changed.Count > 0) rows.Add((person, level, changed));
            }
        }
        html.Append("<h4>").Append(Bilingual("情景网格", "On the scenario grid")).Append("</h4>\n");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"unchanged\">").Append(Bilingual("情景网格上各点的统筹基金支付均无变化。", "The fund pays the same at every point of the grid.")).Append("</p>\n");
            return;
        }
        var id = $"delta-{reform.Name}";
        charts.Add(new BarChartData(id, $"统筹基金支付变化 change in fund: {reform.Name} − {baseline.Name}", "line", "money",
            ScenarioGrid.Spends.Select(s => $"{s:0}").ToList(),
            rows.Select(row => new BarSeries(reform.Name, $"{row.Person.Chinese} {ScenarioGrid.LevelChinese(row.Level)}",
                ScenarioGrid.Spends.Select(spend => Delta(baseline.Points[new(row.Person, row.Level, spend)], reform.Points[new(row.Person, row.Level, spend)])).Select(d => d is { } x ? (decimal?)Formatting.MoneyValue(x) : null).ToList(),
                ScenarioGrid.Spends.Select(spend => Trace(baseline, reform, baseline.Points[new(row.Person, row.Level, spend)], reform.Points[new(row.Person, row.Level, spend)])).ToList())).ToList()));
        html.Append($"<div class=\"pair\">\n<div class=\"chart\" id=\"{Escape(id)}\" data-bars=\"{Escape(id)}\" role=\"img\" aria-label=\"change in fund against spend\"></div>\n")
            .Append("<table class=\"changes\">\n<thead><tr><th>").Append(Bilingual("人员", "Person")).Append("</th><th>").Append(Bilingual("医院等级", "Level"))
            .Append("</th><th>").Append(Bilingual("变化点数", "Points changed")).Append("</th><th>").Append(Bilingual("年度费用区间", "Spends affected"))
            .Append("</th><th>").Append(Bilingual("最大变化", "Largest change")).Append("</th><th>").Append(Bilingual($"{ScenarioGrid.Top:0}元时", $"at {ScenarioGrid.Top:0}元"))
            .Append("</th><th>").Append(Bilingual("涉及条款", "Articles")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var (person, level, changed) in rows)
        {
            var largest = changed.MaxBy(c => Math.Abs(Delta(c.Before, c.After) ?? 0m));
            var top = (Before: baseline.Points[new(person, level, ScenarioGrid.Top)], After: reform.Points[new(person, level, ScenarioGrid.Top)]);
            var articles = changed.SelectMany(c => ArticleChanges(c.Before, c.After)).Distinct().ToList();
            html.Append($"<tr data-person=\"{person.Key}\" data-level=\"{Formatting.Level(level)}\"><td>{Bilingual(person.Chinese, person.English)}</td><td>{Bilingual(ScenarioGrid.LevelChinese(level), ScenarioGrid.LevelEnglish(level))}</td>")
                .Append($"<td class=\"num\">{changed.Count} / {ScenarioGrid.Spends.Count}</td><td class=\"num\">{changed[0].Spend:0}–{changed[^1].Spend:0}元</td>")
                .Append($"<td class=\"num\" title=\"{Escape(Trace(baseline, reform, largest.Before, largest.After))}\">{Escape(Change(largest.Before, largest.After))}（{largest.Spend:0}元）</td>")
                .Append($"<td class=\"num\" title=\"{Escape(Trace(baseline, reform, top.Before, top.After))}\">{Escape(Change(top.Before, top.After))}</td>")
                .Append($"<td class=\"cites\">{(articles.Count == 0 ? Bilingual("条款相同", "same articles") : Escape(string.Join(" ", articles)))}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string Change(PointResult before, PointResult after) => Delta(before, after) is { } d ? ClaimsSection.Signed(d)
        : $"{(before.Fund is { } b ? Formatting.Money(b) : "n/a")} → {(after.Fund is { } a ? Formatting.Money(a) : "n/a")}";

    private static string Trace(CityResults baseline, CityResults reform, PointResult before, PointResult after) =>
        $"{baseline.Name}:\n{FigureTrace.Of(before.Settled, before.Citations, before.Assumptions, before.Failure)}\n\n{reform.Name}:\n{FigureTrace.Of(after.Settled, after.Citations, after.Assumptions, after.Failure)}\n\n{Articles(before, after)}";

    private static void Claims(StringBuilder html, ClaimsResults results, PolicyColumn old, PolicyColumn @new)
    {
        var changes = ClaimChanges.Between(results.Claims, old, @new);
        var (oldTotal, newTotal, both, leftOut) = ClaimChanges.Totals(results.Claims, old, @new);
        html.Append("<h4>").Append(Bilingual("理赔数据", "On the claims file")).Append("</h4>\n<p class=\"diff-summary\">")
            .Append($"{changes.Count} / {results.Claims.Count} 笔结算有变化，涉及 {changes.Select(c => c.Claim.Person.Id).Distinct().Count()} 人；双方均能结算的 {both} 笔中，统筹基金支付 {Formatting.Money(oldTotal)}元 → {Formatting.Money(newTotal)}元（{ClaimsSection.Signed(newTotal - oldTotal)}元）")
            .Append(leftOut > 0 ? $"；{leftOut} 笔有一方无法结算，不计入合计" : "")
            .Append($"。<span class=\"en\">{changes.Count} of {results.Claims.Count} claims change, for {changes.Select(c => c.Claim.Person.Id).Distinct().Count()} persons; over the {both} claims both settle the fund pays {Formatting.Money(oldTotal)}元 under {Escape(old.Name)} and {Formatting.Money(newTotal)}元 under {Escape(@new.Name)}.</span></p>\n");
        if (changes.Count == 0) return;
        // For whom: the change in the fund by status and by level.
        html.Append("<table class=\"for-whom\">\n<thead><tr><th>").Append(Bilingual("分组", "Group")).Append("</th><th>").Append(Bilingual("变化笔数", "Claims changed"))
            .Append("</th><th>").Append(Bilingual("人数", "Persons")).Append("</th><th>").Append(Bilingual("基金支付变化", "Change in fund")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var (label, key) in new (Func<ClaimChange, string> Label, string Key)[]
                 {
                     (c => $"{DomainVocabulary.ChineseName(c.Claim.Person.Status)} {DomainVocabulary.CsvName(c.Claim.Person.Status)}", "status"),
                     (c => $"{DomainVocabulary.ChineseName(c.Claim.Level)} {Formatting.Level(c.Claim.Level)}", "level"),
                 })
        {
            foreach (var group in changes.GroupBy(label).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var delta = group.Sum(c => c.FundDelta ?? 0m);
                html.Append($"<tr data-by=\"{key}\"><td>{Escape(group.Key)}</td><td class=\"num\">{group.Count()}</td><td class=\"num\">{group.Select(c => c.Claim.Person.Id).Distinct().Count()}</td>")
                    .Append($"<td class=\"num\" title=\"{Escape(string.Join(" ", group.SelectMany(c => c.Articles().Split(' ')).Distinct()))}\">{ClaimsSection.Signed(delta)}</td></tr>\n");
            }
        }
        html.Append("</tbody>\n</table>\n");
        html.Append("<table class=\"changed-claims\">\n<thead><tr><th>").Append(Bilingual("人员", "Person")).Append("</th><th>").Append(Bilingual("就诊日期", "Date"))
            .Append("</th><th>").Append(Bilingual("医院等级", "Level")).Append("</th><th>").Append(Bilingual("费用", "Amount")).Append("</th><th>").Append(Bilingual("统筹基金支付", "Fund"))
            .Append("</th><th>").Append(Bilingual("变化", "Change")).Append("</th><th>").Append(Bilingual("涉及条款", "Articles")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var c in changes.Take(ListedClaims))
        {
            var title = $"{old.Name}:\n{Side(c.Old, c.OldFailure)}\n\n{@new.Name}:\n{Side(c.New, c.NewFailure)}";
            html.Append($"<tr data-index=\"{c.Index}\"><td>{Escape(c.Claim.Person.Id)}</td><td>{Formatting.Date(c.Claim.Date)}</td><td>{Escape(Formatting.Level(c.Claim.Level))}</td><td class=\"num\">{Formatting.Money(c.Claim.Amount)}</td>")
                .Append($"<td class=\"num\" title=\"{Escape(title)}\">{(c.Old is { } o ? Formatting.Money(o.Fund) : "n/a")} → {(c.New is { } n ? Formatting.Money(n.Fund) : "n/a")}</td>")
                .Append($"<td class=\"num\">{(c.FundDelta is { } d ? ClaimsSection.Signed(d) : "n/a")}</td><td class=\"cites\">{Escape(c.Articles())}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (changes.Count > ListedClaims) html.Append($"<p class=\"en\">… and {changes.Count - ListedClaims} more: <code>policy diff</code> lists every one.</p>\n");
    }

    private static string Side(Runtime.Settlement? settled, string? failure) =>
        settled is null ? $"无法结算 cannot settle: {failure}" : FigureTrace.Of([settled]);
}
