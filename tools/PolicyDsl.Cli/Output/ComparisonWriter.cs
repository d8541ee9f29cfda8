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

    private static ResultColumn Column(string name) => Columns.Single(c => c.Name == name);

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
    public static void Write(TextWriter writer, IReadOnlyList<Claim> claims, IReadOnlyList<Commands.PolicyColumn> columns, Language language = Language.En)
    {
        var console = Consoles.For(writer);
        var persons = claims.Select(c => c.Person.Id).Distinct().Count();
        writer.WriteLine(ScreenTable.Say(language, $"{claims.Count} claims of {persons} persons, settled under {columns.Count} policies",
            $"{persons} 人的 {claims.Count} 笔费用，按 {columns.Count} 个政策结算"));
        var summary = ScreenTable.Create(language, Column("policy").OnScreen(), Column("city").OnScreen(), Column("settled").OnScreen() with { Figure = true },
            Column("fund").OnScreen("fund pays"), Column("personal").OnScreen("person pays"), new ScreenColumn("assumptions used", "用到的假设值"));
        foreach (var column in columns)
        {
            var assumed = column.Results.Values.SelectMany(s => s.Grounds?.Assumptions ?? []).Select(a => a.Parameter).Distinct().ToList();
            summary.AddRow(Formatting.Cell(column.Name), Formatting.Cell(column.City), $"{column.Results.Count}/{claims.Count}",
                Formatting.Money(column.Results.Values.Sum(s => s.Fund)), Formatting.Money(column.Results.Values.Sum(s => s.Personal)),
                Formatting.Cell(assumed.Count == 0 ? ScreenTable.Say(language, "none", "无") : "⚠ " + string.Join(", ", assumed)));
        }
        console.Write(summary);

        var detail = ScreenTable.Create(language, Columns.Take(4).Select(c => c.OnScreen()).Concat(columns.Select(column =>
            new ScreenColumn($"{column.Name} fund", $"{column.Name} 统筹基金支付", Figure: true))));
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var cells = new List<string> { c.Person.Id, Formatting.Date(c.Date), Formatting.Level(c.Level, language), Formatting.Money(c.Amount) };
            foreach (var column in columns)
            {
                cells.Add(column.Results.TryGetValue(i, out var s)
                    ? Formatting.Money(s.Fund) + (s.ExcludedBy is not null ? " ✗" : "") + (column.Assumed(i) ? " ⚠" : "")
                    : "n/a");
            }
            detail.AddRow(cells.Select(Formatting.Cell).ToArray());
        }
        console.Write(detail);
        writer.WriteLine(ScreenTable.Say(language, "⚠ rests on an assumed value (see the params file); ✗ excluded by the policy; n/a: not settled, see below",
            "⚠ 依赖假设的数值（见参数文件）；✗ 政策不予支付；n/a：未能结算，原因见下"));
        foreach (var column in columns)
        {
            foreach (var reason in column.Failures.Values.Distinct())
            {
                writer.WriteLine(TerminalText.Safe($"  {column.Name}: {reason}"));
            }
        }
    }
}
