using PolicyDsl.Cli.Output;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Report;

/// <summary>
/// The trace a figure of the report shows on hover: the articles behind it, then the values that produced
/// it, claim by claim (deductible, ratio, cap, fund), and the assumed values it rests on. Plain text, one
/// fact a line, for a title attribute or a chart's tooltip.
/// </summary>
internal static class FigureTrace
{
    /// <summary>Claims this many or fewer are listed one by one; more are summed.</summary>
    private const int Listed = 6;

    public static string Of(IReadOnlyList<Settlement> settled, IReadOnlyList<string> citations, IReadOnlyList<Assumption> assumptions, string? failure = null)
    {
        if (failure is not null) return $"无法结算 cannot settle: {failure}";
        var lines = new List<string> { $"依据 articles: {(citations.Count == 0 ? "无 none" : string.Join("；", citations))}" };
        if (settled.Count == 0) lines.Add("无就诊 no claims: 基金 fund 0.00");
        else if (settled.Count <= Listed)
        {
            lines.Add($"起付标准 deductible: {string.Join(" + ", settled.Select(s => Formatting.Money(s.Deductible)))}");
            var ratios = settled.Select(s => s.Ratio is { } r ? Formatting.RatioPercent(r) : "—").Distinct().ToList();
            lines.Add($"支付比例 ratio: {string.Join(" / ", ratios)}");
            lines.Add($"统筹基金 fund: {string.Join(" + ", settled.Select(s => Formatting.Money(s.Fund)))} = {Formatting.Money(settled.Sum(s => s.Fund))}");
        }
        else
        {
            lines.Add($"{settled.Count}笔结算 settled claims: 费用 amount {Formatting.Money(settled.Sum(s => s.Claim.Amount))}, 起付 deductible {Formatting.Money(settled.Sum(s => s.Deductible))}, 基金 fund {Formatting.Money(settled.Sum(s => s.Fund))}");
        }
        var caps = settled.SelectMany(s => s.Caps).ToList();
        if (caps.Count > 0)
        {
            lines.Add($"年度限额 cap: {string.Join(" / ", caps.Select(c => Formatting.Money(c.Limit)).Distinct())}" + (caps.Any(c => c.Bit) ? "，已达到 reached" : "，未达到 not reached"));
        }
        var excluded = settled.Select(s => s.ExcludedBy).OfType<string>().Distinct().ToList();
        if (excluded.Count > 0) lines.Add($"不予支付 excluded: {string.Join("；", excluded)}");
        if (assumptions.Count > 0) lines.Add($"⚠ 假设 assumed: {Formatting.Assumptions(assumptions)}");
        return string.Join("\n", lines);
    }

    /// <summary>The trace of a group of settlements (a total, a breakdown): their articles and assumptions gathered.</summary>
    public static string Of(IReadOnlyList<Settlement> settled) => Of(settled,
        settled.SelectMany(s => s.Grounds?.Citations ?? []).Distinct().ToList(),
        settled.SelectMany(s => s.Grounds?.Assumptions ?? []).DistinctBy(a => a.Parameter).ToList());
}
