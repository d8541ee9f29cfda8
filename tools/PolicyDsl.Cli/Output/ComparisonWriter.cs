using PolicyDsl.Domain;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes a comparison: totals per policy, then each claim's fund under each policy, flags on assumptions.</summary>
internal static class ComparisonWriter
{
    private static readonly ResultColumn[] Columns =
    [
        ResultColumn.Input("person"), ResultColumn.Input("date", CellKind.Date), ResultColumn.Input("level"), ResultColumn.Input("amount", CellKind.Money),
        new("policy", "政策"), new("city", "城市"), new("settled", "已结算"), new("fund", "统筹基金支付", CellKind.Money), new("personal", "个人负担", CellKind.Money),
        new("assumed", "用了假设值"), new("note", "说明"),
    ];

    /// <summary>One row per claim and policy, claims in file order.</summary>
    public static ResultTable Rows(IReadOnlyList<Claim> claims, IReadOnlyList<Commands.PolicyColumn> columns) => new(new("comparison", "政策比较"), Columns,
        Enumerable.Range(0, claims.Count).SelectMany(i => columns.Select(column =>
        {
            var c = claims[i];
            var settled = column.Results.TryGetValue(i, out var s);
            return new object?[]
            {
                c.Person.Id, c.Date, Formatting.Level(c.Level), c.Amount, column.Name, column.City, settled ? "yes" : "no", s?.Fund, s?.Personal,
                column.Assumed(i) ? "yes" : "no", settled ? Formatting.Assumptions(s!.Grounds?.Assumptions ?? []) : column.Failures[i],
            };
        })).ToList());

    /// <summary>The tables for people: totals per policy, then each claim's fund under each.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<Claim> claims, IReadOnlyList<Commands.PolicyColumn> columns)
    {

        var console = Consoles.For(writer);
        writer.WriteLine($"{claims.Count} claims of {claims.Select(c => c.Person.Id).Distinct().Count()} persons, settled under {columns.Count} policies");
        var summary = new Table().Border(TableBorder.Rounded).AddColumn("policy").AddColumn("city")
            .AddColumn(new TableColumn("settled") { Alignment = Justify.Right }).AddColumn(new TableColumn("fund pays") { Alignment = Justify.Right })
            .AddColumn(new TableColumn("person pays") { Alignment = Justify.Right }).AddColumn("assumptions used");
        foreach (var column in columns)
        {
            var assumed = column.Results.Values.SelectMany(s => s.Grounds?.Assumptions ?? []).Select(a => a.Parameter).Distinct().ToList();
            summary.AddRow(Formatting.Cell(column.Name), Formatting.Cell(column.City), $"{column.Results.Count}/{claims.Count}",
                Formatting.Money(column.Results.Values.Sum(s => s.Fund)), Formatting.Money(column.Results.Values.Sum(s => s.Personal)),
                Formatting.Cell(assumed.Count == 0 ? "none" : "⚠ " + string.Join(", ", assumed)));
        }
        console.Write(summary);

        var detail = new Table().Border(TableBorder.Rounded).AddColumn("person").AddColumn("date").AddColumn("level")
            .AddColumn(new TableColumn("amount") { Alignment = Justify.Right });
        foreach (var column in columns) detail.AddColumn(new TableColumn($"{column.Name} fund") { Alignment = Justify.Right });
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var cells = new List<string> { c.Person.Id, Formatting.Date(c.Date), Formatting.Level(c.Level), Formatting.Money(c.Amount) };
            foreach (var column in columns)
            {
                cells.Add(column.Results.TryGetValue(i, out var s)
                    ? Formatting.Money(s.Fund) + (s.ExcludedBy is not null ? " ✗" : "") + (column.Assumed(i) ? " ⚠" : "")
                    : "n/a");
            }
            detail.AddRow(cells.Select(Formatting.Cell).ToArray());
        }
        console.Write(detail);
        writer.WriteLine("⚠ rests on an assumed value (see the params file); ✗ excluded by the policy; n/a: not settled, see below");
        foreach (var column in columns)
        {
            foreach (var reason in column.Failures.Values.Distinct())
            {
                writer.WriteLine(TerminalText.Safe($"  {column.Name}: {reason}"));
            }
        }
    }
}
