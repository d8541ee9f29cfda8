using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes the claims whose results differ between two versions of a policy, with the change in each figure.</summary>
internal static class DiffWriter
{
    private sealed record Change(int Index, Claim Claim, Settlement? Old, Settlement? New, string? OldFailure, string? NewFailure)
    {
        /// <summary>The change in the fund; null when one version cannot settle the claim (there is no change to state).</summary>
        public decimal? FundDelta => Old is not null && New is not null ? New.Fund - Old.Fund : null;

        /// <summary>Articles cited by one version's result and not the other's: where the change comes from.</summary>
        public string Articles()
        {
            var before = Old?.Grounds?.Citations ?? [];
            var after = New?.Grounds?.Citations ?? [];
            var parts = after.Except(before).Select(c => "+" + c).Concat(before.Except(after).Select(c => "−" + c)).ToList();
            return parts.Count == 0 ? "same articles" : string.Join(" ", parts);
        }
    }

    private static readonly ResultColumn[] Columns =
    [
        ResultColumn.Input("person"), ResultColumn.Input("date", CellKind.Date), ResultColumn.Input("level"), ResultColumn.Input("amount", CellKind.Money),
        new("old_fund", "原统筹基金支付", CellKind.Money), new("new_fund", "新统筹基金支付", CellKind.Money), new("fund_change", "统筹基金支付变化", CellKind.Money),
        new("old_deductible", "原起付标准", CellKind.Money), new("new_deductible", "新起付标准", CellKind.Money),
        new("old_ratio", "原支付比例", CellKind.Ratio), new("new_ratio", "新支付比例", CellKind.Ratio), new("articles", "涉及条款"), new("note", "说明"),
    ];

    private static List<Change> Changes(IReadOnlyList<Claim> claims, Commands.PolicyColumn old, Commands.PolicyColumn @new)
    {
        var changes = new List<Change>();
        for (var i = 0; i < claims.Count; i++)
        {
            var o = old.Results.GetValueOrDefault(i);
            var n = @new.Results.GetValueOrDefault(i);
            var same = o is not null && n is not null
                && (o.Eligible, o.Deductible, o.Ratio, o.Cap, o.Fund) == (n.Eligible, n.Deductible, n.Ratio, n.Cap, n.Fund);
            if (!same) changes.Add(new Change(i, claims[i], o, n, old.Failures.GetValueOrDefault(i), @new.Failures.GetValueOrDefault(i)));
        }
        return changes;
    }

    /// <summary>One row per claim whose results change.</summary>
    public static ResultTable Rows(IReadOnlyList<Claim> claims, Commands.PolicyColumn old, Commands.PolicyColumn @new) => new(new("changes", "结算变化"), Columns,
        Changes(claims, old, @new).Select(c => new object?[]
        {
            c.Claim.Person.Id, c.Claim.Date, Formatting.Level(c.Claim.Level), c.Claim.Amount, c.Old?.Fund, c.New?.Fund, c.FundDelta,
            c.Old?.Deductible, c.New?.Deductible, c.Old?.Ratio, c.New?.Ratio, c.Articles(), c.OldFailure ?? c.NewFailure ?? "",
        }).ToList());

    /// <summary>For people: the totals, the assumptions each side rests on, and the table of changes.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<Claim> claims, Commands.PolicyColumn old, Commands.PolicyColumn @new)
    {
        var changes = Changes(claims, old, @new);

        // Totals over the claims both versions settle: a claim one cannot settle is not a change of its whole amount.
        var both = Enumerable.Range(0, claims.Count).Where(i => old.Results.ContainsKey(i) && @new.Results.ContainsKey(i)).ToList();
        var oldTotal = both.Sum(i => old.Results[i].Fund);
        var newTotal = both.Sum(i => @new.Results[i].Fund);
        var leftOut = claims.Count - both.Count;
        writer.WriteLine($"{changes.Count} of {claims.Count} claims change; over the {both.Count} claims both settle, the fund pays {Formatting.Money(oldTotal)}元 under {old.Name} " +
                         $"and {Formatting.Money(newTotal)}元 under {@new.Name} ({Signed(newTotal - oldTotal)}元)" +
                         (leftOut > 0 ? $"; {leftOut} claims that one version cannot settle are left out of the totals" : ""));
        foreach (var (column, side) in new[] { (old, "old"), (@new, "new") })
        {
            var assumed = column.Assumptions();
            if (assumed.Count > 0) writer.WriteLine($"  ⚠ {side} ({column.Name}) rests on assumed values: {string.Join("; ", assumed)}");
        }
        if (changes.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("person").AddColumn("date").AddColumn("level")
            .AddColumn(new TableColumn("amount") { Alignment = Justify.Right }).AddColumn(new TableColumn("fund") { Alignment = Justify.Right })
            .AddColumn(new TableColumn("change") { Alignment = Justify.Right }).AddColumn("deductible").AddColumn("ratio").AddColumn("articles");
        foreach (var c in changes)
        {
            table.AddRow(new[]
            {
                c.Claim.Person.Id, Formatting.Date(c.Claim.Date), Formatting.Level(c.Claim.Level), Formatting.Money(c.Claim.Amount),
                $"{Figure(c.Old?.Fund, c.OldFailure)} → {Figure(c.New?.Fund, c.NewFailure)}", c.FundDelta is { } d ? Signed(d) : "n/a",
                Pair(c.Old?.Deductible, c.New?.Deductible, Formatting.Money), Pair(c.Old?.Ratio, c.New?.Ratio, Formatting.RatioPercent), c.Articles(),
            }.Select(Formatting.Cell).ToArray());
        }
        Consoles.For(writer).Write(table);
        foreach (var failure in changes.Select(c => c.OldFailure ?? c.NewFailure).OfType<string>().Distinct()) writer.WriteLine(TerminalText.Safe($"  not settled: {failure}"));
    }

    private static string Figure(decimal? value, string? failure = null) => value is { } v ? Formatting.Money(v) : failure is null ? "" : "n/a";

    private static string Signed(decimal delta) => (delta > 0 ? "+" : "") + Formatting.Money(delta);

    private static string Pair(decimal? before, decimal? after, Func<decimal, string> format) =>
        before == after ? (before is { } b ? format(b) : "") : $"{(before is { } x ? format(x) : "n/a")} → {(after is { } y ? format(y) : "n/a")}";
}
