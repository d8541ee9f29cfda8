using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes the claims whose results differ between two versions of a policy, with the change in each figure.</summary>
internal static class DiffWriter
{
    private sealed record Change(int Index, Claim Claim, Settlement? Old, Settlement? New, string? OldFailure, string? NewFailure)
    {
        public decimal FundDelta => (New?.Fund ?? 0m) - (Old?.Fund ?? 0m);

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
                    Figure(c.Old?.Fund), Figure(c.New?.Fund), Formatting.Money(c.FundDelta), Figure(c.Old?.Deductible), Figure(c.New?.Deductible),
                    c.Old is null ? "" : Formatting.RatioFraction(c.Old.Ratio), c.New is null ? "" : Formatting.RatioFraction(c.New.Ratio),
                    c.Articles(), c.OldFailure ?? c.NewFailure ?? "",
                ]);
            }
            return;
        }

        var oldTotal = old.Results.Values.Sum(s => s.Fund);
        var newTotal = @new.Results.Values.Sum(s => s.Fund);
        writer.WriteLine($"{changes.Count} of {claims.Count} claims change; the fund pays {Formatting.Money(oldTotal)}元 under {old.Name} and {Formatting.Money(newTotal)}元 under {@new.Name} ({Signed(newTotal - oldTotal)}元)");
        if (changes.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("person").AddColumn("date").AddColumn("level")
            .AddColumn(new TableColumn("amount") { Alignment = Justify.Right }).AddColumn(new TableColumn("fund") { Alignment = Justify.Right })
            .AddColumn(new TableColumn("change") { Alignment = Justify.Right }).AddColumn("deductible").AddColumn("ratio").AddColumn("articles");
        foreach (var c in changes)
        {
            table.AddRow(new[]
            {
                c.Claim.Person.Id, Formatting.Date(c.Claim.Date), Formatting.Level(c.Claim.Level), Formatting.Money(c.Claim.Amount),
                $"{Figure(c.Old?.Fund, c.OldFailure)} → {Figure(c.New?.Fund, c.NewFailure)}", Signed(c.FundDelta),
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
