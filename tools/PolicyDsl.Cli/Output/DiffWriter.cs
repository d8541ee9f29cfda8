using PolicyDsl.Domain;
using PolicyDsl.Cli.Commands;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes the claims whose results differ between two versions of a policy, with the change in each figure.</summary>
internal static class DiffWriter
{
    private static readonly ResultColumn[] Columns =
    [
        ResultColumn.Input("person"), ResultColumn.Input("date", CellKind.Date), ResultColumn.Input("level"), ResultColumn.Input("amount", CellKind.Money),
        new("old_fund", "原统筹基金支付", CellKind.Money), new("new_fund", "新统筹基金支付", CellKind.Money), new("fund_change", "统筹基金支付变化", CellKind.Money),
        new("old_deductible", "原起付标准", CellKind.Money), new("new_deductible", "新起付标准", CellKind.Money),
        new("old_ratio", "原支付比例", CellKind.Ratio), new("new_ratio", "新支付比例", CellKind.Ratio), new("articles", "涉及条款"), new("note", "说明"),
        new("old_cap", "原年度最高支付限额", CellKind.Money), new("new_cap", "新年度最高支付限额", CellKind.Money), new("changed", "变化项"),
    ];

    /// <summary>One row per claim whose results change.</summary>
    public static ResultTable Rows(IReadOnlyList<Claim> claims, Commands.PolicyColumn old, Commands.PolicyColumn @new) => new(new("changes", "结算变化"), Columns,
        ClaimChanges.Between(claims, old, @new).Select(c => new object?[]
        {
            c.Claim.Person.Id, c.Claim.Date, Formatting.Level(c.Claim.Level), c.Claim.Amount, c.Old?.Fund, c.New?.Fund, c.FundDelta,
            c.Old?.Deductible, c.New?.Deductible, c.Old?.Ratio, c.New?.Ratio, c.Articles(), c.OldFailure ?? c.NewFailure ?? "",
            c.Old?.Cap, c.New?.Cap, c.Fields(),
        }).ToList());

    /// <summary>For people: the totals, the assumptions each side rests on, and the table of changes.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<Claim> claims, Commands.PolicyColumn old, Commands.PolicyColumn @new, Language language = Language.En)
    {
        var changes = ClaimChanges.Between(claims, old, @new);

        var (oldTotal, newTotal, both, leftOut) = ClaimChanges.Totals(claims, old, @new);
        writer.WriteLine(ScreenTable.Say(language,
            $"{changes.Count} of {claims.Count} claims change; over the {both} claims both settle, the fund pays {Formatting.Money(oldTotal)}元 under {old.Name} " +
            $"and {Formatting.Money(newTotal)}元 under {@new.Name} ({Signed(newTotal - oldTotal)}元)" +
            (leftOut > 0 ? $"; {leftOut} claims that one version cannot settle are left out of the totals" : ""),
            $"{claims.Count} 笔中 {changes.Count} 笔有变化；两版都能结算的 {both} 笔，统筹基金支付按 {old.Name} 为 {Formatting.Money(oldTotal)}元，" +
            $"按 {@new.Name} 为 {Formatting.Money(newTotal)}元（{Signed(newTotal - oldTotal)}元）" +
            (leftOut > 0 ? $"；{leftOut} 笔有一版不能结算，未计入合计" : "")));
        foreach (var (column, side) in new[] { (old, "old"), (@new, "new") })
        {
            var assumed = column.Assumptions();
            if (assumed.Count > 0)
            {
                writer.WriteLine(ScreenTable.Say(language, $"  ⚠ {side} ({column.Name}) rests on assumed values: {string.Join("; ", assumed)}",
                    $"  ⚠ {(side == "old" ? "原版" : "新版")}（{column.Name}）依赖假设的数值：{string.Join("；", assumed)}"));
            }
        }
        if (changes.Count == 0) return;
        var table = ScreenTable.Create(language, [.. Columns.Take(4).Select(c => c.OnScreen()), new ScreenColumn("fund", "统筹基金支付", Figure: true),
            Columns[6].OnScreen("change"), new ScreenColumn("deductible", "起付标准"), new ScreenColumn("ratio", "支付比例"), new ScreenColumn("cap", "年度最高支付限额"),
            Columns[15].OnScreen(), Columns[11].OnScreen()]);
        foreach (var c in changes)
        {
            table.AddRow(new[]
            {
                c.Claim.Person.Id, Formatting.Date(c.Claim.Date), Formatting.Level(c.Claim.Level, language), Formatting.Money(c.Claim.Amount),
                $"{Figure(c.Old?.Fund, c.OldFailure)} → {Figure(c.New?.Fund, c.NewFailure)}", c.FundDelta is { } d ? Signed(d) : "n/a",
                Pair(c.Old?.Deductible, c.New?.Deductible, Formatting.Money), Pair(c.Old?.Ratio, c.New?.Ratio, Formatting.RatioPercent),
                Pair(c.Old?.Cap, c.New?.Cap, Formatting.Money), c.Fields(), c.Articles(),
            }.Select(Formatting.Cell).ToArray());
        }
        Consoles.For(writer).Write(table);
        foreach (var failure in changes.Select(c => c.OldFailure ?? c.NewFailure).OfType<string>().Distinct())
        {
            writer.WriteLine(TerminalText.Safe($"  {ScreenTable.Say(language, "not settled", "未能结算")}: {failure}"));
        }
    }

    private static string Figure(decimal? value, string? failure = null) => value is { } v ? Formatting.Money(v) : failure is null ? "" : "n/a";

    private static string Signed(decimal delta) => (delta > 0 ? "+" : "") + Formatting.Money(delta);

    private static string Pair(decimal? before, decimal? after, Func<decimal, string> format) =>
        before == after ? (before is { } b ? format(b) : "") : $"{(before is { } x ? format(x) : "n/a")} → {(after is { } y ? format(y) : "n/a")}";
}
