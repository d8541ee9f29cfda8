using System.Text;
using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Output;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using static PolicyDsl.Cli.Report.HtmlText;

namespace PolicyDsl.Cli.Report;

/// <summary>A claims file settled under every policy of the report (<c>--claims</c>): one column per policy, traced.</summary>
internal sealed record ClaimsResults(string Path, IReadOnlyList<Claim> Claims, IReadOnlyList<PolicyColumn> Columns);

/// <summary>
/// 理赔数据测算, the claims side by side: <c>policy simulate</c>'s totals (<see cref="BudgetLine"/>) per policy, the fund
/// by hospital level and by status as charts and tables, and how many persons bear how much themselves in the year.
/// </summary>
internal static class ClaimsSection
{
    /// <summary>Bands of a person's own share of the year (个人负担), upper bounds included: 0, then (0, 100], (100, 500], …</summary>
    public static readonly IReadOnlyList<decimal> BurdenBands = [0m, 100m, 500m, 1000m, 2000m, 5000m, 10000m];

    public static void Write(StringBuilder html, ClaimsResults results, List<BarChartData> charts)
    {
        var columns = results.Columns;
        var budgets = columns.Select(c => Line(c, results.Claims, null)[0]).ToList();
        html.Append("<section id=\"claims\" class=\"claims\">\n<h2>").Append(Bilingual("理赔数据测算", "The claims file, settled under each policy")).Append("</h2>\n")
            .Append($"<p class=\"method\">{Escape(System.IO.Path.GetFileName(results.Path))}：{results.Claims.Count}笔就诊，各政策分别结算（与 <code>policy simulate</code> 相同）。")
            .Append($"<span class=\"en\">{results.Claims.Count} claims, settled under each policy as <code>policy simulate</code> does; the first policy is the baseline of the last row.</span></p>\n");
        html.Append("<table class=\"totals\">\n<thead><tr><th>").Append(Bilingual("指标", "Measure")).Append("</th>");
        foreach (var c in columns) html.Append($"<th data-policy=\"{Escape(c.Name)}\">{Bilingual(c.City, c.Name)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        var all = columns.Select(c => c.Results.Values.OrderBy(s => s.Index).ToList()).ToList();
        Row(html, "claims", "结算笔数", "claims settled", budgets.Select(b => $"{b.Claims}").ToList(), null);
        Row(html, "persons", "人数", "persons", budgets.Select(b => $"{b.Persons}").ToList(), null);
        Row(html, "amount", "医疗费用", "amount", budgets.Select(b => Formatting.Money(b.Amount)).ToList(), null);
        Row(html, "eligible", "政策范围内费用", "eligible", budgets.Select(b => Formatting.Money(b.Eligible)).ToList(), null);
        Row(html, "fund", "统筹基金支付", "fund pays", budgets.Select(b => Formatting.Money(b.Fund)).ToList(), all.Select(FigureTrace.Of).ToList());
        Row(html, "personal", "个人负担", "persons pay", budgets.Select(b => Formatting.Money(b.Personal)).ToList(), null);
        Row(html, "fund_share", "基金支付占比", "fund's share", budgets.Select(b => b.FundShare is { } s ? Formatting.RatioPercent(Math.Round(s, 4)) : "—").ToList(), null);
        Row(html, "fund_per_person", "人均基金支付", "fund per person", budgets.Select(b => Formatting.OnScreen(Formatting.Money(b.FundPerPerson is { } f ? Math.Round(f, 2) : null))).ToList(), null);
        Row(html, "persons_at_cap", "达到限额人数", "persons a cap stopped", budgets.Select(b => $"{b.PersonsAtCap}").ToList(), null);
        Row(html, "unsettled", "未能结算笔数", "claims not settled", budgets.Select(b => $"{b.Unsettled}").ToList(),
            columns.Select(c => string.Join("\n", c.Failures.Values.Distinct().Take(5))).ToList());
        Row(html, "fund_vs_baseline", "较基准增减", "fund against the first", budgets.Select((b, i) => i == 0 ? "—" : Signed(b.Fund - budgets[0].Fund)).ToList(), null);
        html.Append("</tbody>\n</table>\n");

        Breakdown(html, charts, results, "by-level", "按医院等级的统筹基金支付", "fund by hospital level", c => c.Level);
        Breakdown(html, charts, results, "by-status", "按人员类别的统筹基金支付", "fund by status", c => c.Person.Status);
        Burden(html, charts, results);
        html.Append("</section>\n");
    }

    private static IReadOnlyList<BudgetLine> Line(PolicyColumn column, IReadOnlyList<Claim> claims, Func<Claim, string>? group) =>
        BudgetLine.Of(column.Results.Values, column.Failures.Keys.Select(i => claims[i]), group);

    private static void Row(StringBuilder html, string key, string chinese, string english, IReadOnlyList<string> cells, IReadOnlyList<string>? traces)
    {
        html.Append($"<tr data-measure=\"{key}\"><th>{Bilingual(chinese, english)}</th>");
        for (var i = 0; i < cells.Count; i++)
        {
            var title = traces is not null && traces[i].Length > 0 ? $" title=\"{Escape(traces[i])}\"" : "";
            html.Append($"<td class=\"num\"{title}>{Escape(cells[i])}</td>");
        }
        html.Append("</tr>\n");
    }

    /// <summary>The fund per group, a bar per policy, and the same as a table, each cell titled with its trace.</summary>
    private static void Breakdown(StringBuilder html, List<BarChartData> charts, ClaimsResults results, string id, string chinese, string english,
        Func<Claim, Enum> of)
    {
        // In the enumeration's order (基层, 一级, 二级, 三级), as the notices list them.
        var groups = results.Claims.Select(of).Distinct().Order().Select(DomainVocabulary.CsvName).ToList();
        string group(Claim c) => DomainVocabulary.CsvName(of(c));
        string label(string key) => DomainVocabulary.Lookup(key) is { } member ? $"{DomainVocabulary.ChineseName(member)} {key}" : key;
        var settled = results.Columns.Select(c => groups.ToDictionary(g => g, g => c.Results.Values.Where(s => group(s.Claim) == g).OrderBy(s => s.Index).ToList())).ToList();
        charts.Add(new BarChartData(id, $"{chinese} {english}", "bar", "money", groups.Select(label).ToList(),
            results.Columns.Select((c, i) => new BarSeries(c.Name, $"{c.City} {c.Name}", groups.Select(g => (decimal?)Formatting.MoneyValue(settled[i][g].Sum(s => s.Fund))).ToList(),
                groups.Select(g => FigureTrace.Of(settled[i][g])).ToList())).ToList()));
        html.Append($"<div class=\"block\">\n<h3>{Bilingual(chinese, english)}</h3>\n<div class=\"pair\">\n<div class=\"chart\" id=\"{id}\" data-bars=\"{id}\" role=\"img\" aria-label=\"{Escape(english)}\"></div>\n")
            .Append($"<table class=\"breakdown\" data-bars=\"{id}\">\n<thead><tr><th></th>");
        foreach (var c in results.Columns) html.Append($"<th data-policy=\"{Escape(c.Name)}\">{Bilingual(c.City, c.Name)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var g in groups)
        {
            html.Append($"<tr data-group=\"{Escape(g)}\"><th>{Escape(label(g))}</th>");
            foreach (var byGroup in settled)
            {
                html.Append($"<td class=\"num\" title=\"{Escape(FigureTrace.Of(byGroup[g]))}\">{Formatting.Money(byGroup[g].Sum(s => s.Fund))}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n</div>\n");
    }

    /// <summary>How many persons bear how much of their year themselves; a person with a claim a policy cannot settle is left out of that policy's count.</summary>
    private static void Burden(StringBuilder html, List<BarChartData> charts, ClaimsResults results)
    {
        var labels = BurdenBands.Select((top, i) => i == 0 ? "0元" : $"{BurdenBands[i - 1]:0}–{top:0}元").Append($"{BurdenBands[^1]:0}元以上").ToList();
        var counts = results.Columns.Select(c =>
        {
            var failed = c.Failures.Keys.Select(i => results.Claims[i].Person.Id).ToHashSet(StringComparer.Ordinal);
            var persons = c.Results.Values.Where(s => !failed.Contains(s.Claim.Person.Id)).GroupBy(s => s.Claim.Person.Id, StringComparer.Ordinal)
                .Select(p => (Id: p.Key, Personal: p.Sum(s => s.Personal))).ToList();
            return labels.Select((_, band) => persons.Where(p => Band(p.Personal) == band).ToList()).ToList();
        }).ToList();
        charts.Add(new BarChartData("burden", "个人负担分布 personal burden per person", "bar", "persons", labels,
            results.Columns.Select((c, i) => new BarSeries(c.Name, $"{c.City} {c.Name}", counts[i].Select(b => (decimal?)b.Count).ToList(),
                counts[i].Select(b => BurdenTrace(b)).ToList())).ToList()));
        html.Append("<div class=\"block\">\n<h3>").Append(Bilingual("个人负担分布（每人全年）", "personal burden per person over the year")).Append("</h3>\n<div class=\"pair\">\n")
            .Append("<div class=\"chart\" id=\"burden\" data-bars=\"burden\" role=\"img\" aria-label=\"persons per band of personal burden\"></div>\n")
            .Append("<table class=\"breakdown\" data-bars=\"burden\">\n<thead><tr><th>").Append(Bilingual("个人负担", "personal")).Append("</th>");
        foreach (var c in results.Columns) html.Append($"<th data-policy=\"{Escape(c.Name)}\">{Bilingual(c.City, c.Name)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (var band = 0; band < labels.Count; band++)
        {
            html.Append($"<tr data-group=\"{band}\"><th>{Escape(labels[band])}</th>");
            foreach (var byBand in counts) html.Append($"<td class=\"num\" title=\"{Escape(BurdenTrace(byBand[band]))}\">{byBand[band].Count}人</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n</div>\n");
    }

    public static int Band(decimal personal)
    {
        for (var i = 0; i < BurdenBands.Count; i++) if (personal <= BurdenBands[i]) return i;
        return BurdenBands.Count;
    }

    private static string BurdenTrace(IReadOnlyList<(string Id, decimal Personal)> persons) => persons.Count == 0 ? "无 none"
        : "人员 persons: " + string.Join("，", persons.Take(12).Select(p => $"{p.Id} {Formatting.Money(p.Personal)}")) + (persons.Count > 12 ? $" … (+{persons.Count - 12})" : "");

    public static string Signed(decimal delta) => (delta > 0 ? "+" : "") + Formatting.Money(delta);
}
