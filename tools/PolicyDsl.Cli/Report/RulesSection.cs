using System.Text;
using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Output;
using PolicyDsl.Semantics.Catalogue;
using PolicyDsl.Semantics.Types;
using static PolicyDsl.Cli.Report.HtmlText;

namespace PolicyDsl.Cli.Report;

/// <summary>
/// 政策标准对比, the rules side by side: the catalogue of <c>policy values</c> as a table, one row per kind of
/// figure, one column per city; each figure with where it applies, the dates it holds and its articles, an
/// assumed value marked ⚠ and a figure the notice does not state marked as such.
/// </summary>
internal static class RulesSection
{
    /// <summary>A kind of figure: the rule it is written in and, for ratios, whether it is a ratio or an uplift in points.</summary>
    private sealed record Kind(string Key, string Chinese, string English, Func<StatedFigure, bool> Holds);

    private static bool Points(StatedFigure f) => f.Type is PrimitiveType { Kind: PrimitiveKind.Points };

    private static readonly Kind[] Kinds =
    [
        new("deductible", "起付标准", "deductible", f => f.Rule == "deductible"),
        new("ratio", "支付比例", "payment ratio", f => f.Rule == "ratio" && !Points(f)),
        new("uplift", "比例提高（百分点）", "uplift, percentage points", f => f.Rule == "ratio" && Points(f)),
        new("cap", "年度最高支付限额", "annual cap", f => f.Rule == "cap"),
        new("fund", "基金支付（分段、限额）", "fund: bands and caps", f => f.Rule == "fund"),
        new("eligible", "政策范围内费用", "eligible amount", f => f.Rule == "eligible"),
        new("account", "个人账户划入", "personal account credit", f => f.Rule == "account"),
    ];

    public static void Write(StringBuilder html, IReadOnlyList<ComparisonInput.LoadedPolicy> policies)
    {
        var figures = policies.Select(p => StatedFigures.Of(p.Policy)).ToList();
        html.Append("<section id=\"rules\" class=\"rules\">\n<h2>").Append(Bilingual("政策标准对比", "The rules side by side")).Append("</h2>\n")
            .Append("<p class=\"method\">").Append(Bilingual("每项标准后为适用条件、施行日期和依据条款；⚠ 为假设值，“未规定”为通知未载明的标准。",
                "Each figure with where it applies, the dates it holds and its articles; ⚠ an assumed value, 未规定 a figure the notice does not state."))
            .Append("</p>\n<table class=\"catalogue\">\n<thead><tr><th>").Append(Bilingual("标准", "Figure")).Append("</th>");
        foreach (var p in policies) html.Append($"<th data-policy=\"{Escape(p.Name)}\">{Bilingual(p.Policy.Info.City, p.Name)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var kind in Kinds)
        {
            if (!figures.Any(list => list.Any(kind.Holds))) continue;
            html.Append($"<tr data-kind=\"{kind.Key}\"><th>{Bilingual(kind.Chinese, kind.English)}</th>");
            foreach (var (policy, list) in policies.Zip(figures))
            {
                var own = list.Where(kind.Holds).ToList();
                html.Append($"<td data-policy=\"{Escape(policy.Name)}\">");
                if (own.Count == 0) html.Append("— <span class=\"en\">none</span>");
                else
                {
                    html.Append("<ul>");
                    foreach (var figure in own) Figure(html, figure, FigureDisplay.Of(figure, policy));
                    html.Append("</ul>");
                }
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Figure(StringBuilder html, StatedFigure figure, FigureDisplay shown)
    {
        var trace = new List<string> { $"依据 articles: {(figure.Citations.Count == 0 ? "未注明 none cited" : string.Join("；", figure.Citations))}", $"规则 rule: {figure.Rule}，第{figure.Line}行 line {figure.Line}" };
        if (figure.Conditions.Count > 0) trace.Add($"条件 conditions: {string.Join("; ", figure.Conditions)}");
        if (shown.Parameter is { } name) trace.Add($"参数 param: {name}" + (shown.Assumed is { } why ? $"（假设 assumed: {why}）" : ""));
        var value = shown switch
        {
            { Unstated: true } => $"<span class=\"unstated\">未规定 <span class=\"en\">unstated</span></span> <span class=\"reason\">{Escape(shown.Text)}</span>",
            { NoValue: true } => $"<span class=\"unstated\">无值 <span class=\"en\">no value</span></span> <code>{Escape(shown.Parameter!)}</code>",
            { Assumed: not null } => $"<b class=\"assumed\">{Escape(shown.Text)} ⚠</b>",
            _ => $"<b>{Escape(shown.Text)}</b>",
        };
        html.Append($"<li class=\"figure\" title=\"{Escape(string.Join("\n", trace))}\">{value}");
        foreach (var condition in figure.Conditions) html.Append($" <span class=\"cond\">{Escape(ConditionText.Chinese(condition))}</span>");
        if (figure.From is not null || figure.Until is not null)
        {
            var from = figure.From is { } f ? Formatting.Date(f) : "";
            var until = figure.Until is { } u ? Formatting.Date(u) : "";
            html.Append($" <span class=\"dates\">{Escape(from.Length > 0 && until.Length > 0 ? $"{from} 至 {until}" : from.Length > 0 ? $"{from} 起" : $"至 {until}")}</span>");
        }
        if (figure.Citations.Count > 0) html.Append($" <span class=\"cite\">{Escape(string.Join("；", figure.Citations))}</span>");
        html.Append("</li>");
    }
}
