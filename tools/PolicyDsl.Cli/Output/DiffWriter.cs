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
            var before = Old?.Trace?.Citations ?? [];
            var after = New?.Trace?.Citations ?? [];
            var parts = after.Except(before).Select(c => "+" + c).Concat(before.Except(after).Select(c => "−" + c)).ToList();
            return parts.Count == 0 ? "same articles" : string.Join(" ", parts);
        }
    }

    public static void Write(TextWriter writer, IReadOnlyList<Claim> claims, Commands.PolicyColumn old, Commands.PolicyColumn @new, OutputFormat format)
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

        if (format == OutputFormat.Csv)
        {
            Csv.WriteRow(writer, ["person", "date", "level", "amount", "old_fund", "new_fund", "fund_change", "old_deductible", "new_deductible", "old_ratio", "new_ratio", "articles", "note"]);
            foreach (var c in changes)
            {
                Csv.WriteRow(writer,
                [
                    c.Claim.Person.Id, Formatting.Date(c.Claim.Date), Formatting.Level(c.Claim.Level), Formatting.Money(c.Claim.Amount),
                    Figure(c.Old?.Fund), Figure(c.New?.Fund), c.FundDelta is { } d ? Formatting.Money(d) : "", Figure(c.Old?.Deductible), Figure(c.New?.Deductible),
                    Formatting.RatioFraction(c.Old?.Ratio), Formatting.RatioFraction(c.New?.Ratio),
                    c.Articles(), c.OldFailure ?? c.NewFailure ?? "",
                ]);
            }
            return;
        }

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
            }.Select(Markup.Escape).ToArray());
        }
        Consoles.For(writer).Write(table);
        foreach (var failure in changes.Select(c => c.OldFailure ?? c.NewFailure).OfType<string>().Distinct()) writer.WriteLine($"  not settled: {failure}");
    }

    private static string Figure(decimal? value, string? failure = null) => value is { } v ? Formatting.Money(v) : failure is null ? "" : "n/a";

    private static string Signed(decimal delta) => (delta > 0 ? "+" : "") + Formatting.Money(delta);

    private static string Pair(decimal? before, decimal? after, Func<decimal, string> format) =>
        before == after ? (before is { } b ? format(b) : "") : $"{(before is { } x ? format(x) : "n/a")} → {(after is { } y ? format(y) : "n/a")}";
}
