using PolicyDsl.Cli.Commands;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes the catalogue of stated figures: one row per figure, policies one after another.</summary>
internal static class ValuesWriter
{
    private static readonly ResultColumn[] Columns =
    [
        new("policy", "政策"), new("city", "城市"), new("rule", "规则"), new("figure", "标准"), new("conditions", "适用条件"),
        new("from", "起始日期", CellKind.Date), new("until", "截止日期", CellKind.Date), new("citations", "依据条款"), new("line", "行号"),
    ];

    public static ResultTable Rows(IReadOnlyList<ValueRow> rows) => new(new("values", "政策标准"), Columns,
        rows.Select(r => new object?[] { r.Policy, r.City, r.Rule, r.Figure, r.Conditions, r.From, r.Until, r.Citations, r.Line }).ToList());

    public static void Write(TextWriter writer, IReadOnlyList<ValueRow> rows, Language language = Language.En)
    {
        var table = ScreenTable.Create(language, Columns[0].OnScreen(), Columns[2].OnScreen(), Columns[3].OnScreen(), Columns[4].OnScreen(),
            new ScreenColumn("dates", "适用日期"), Columns[7].OnScreen("articles"));
        foreach (var r in rows)
        {
            var dates = r.From is null && r.Until is null ? "" : $"{(r.From is { } f ? Formatting.Date(f) : "…")} – {(r.Until is { } u ? Formatting.Date(u) : "…")}";
            table.AddRow(new[] { $"{r.Policy} ({r.City})", r.Rule, r.Figure, r.Conditions, dates, r.Citations }.Select(Formatting.Cell).ToArray());
        }
        Consoles.For(writer).Write(table);
        writer.WriteLine(ScreenTable.Say(language, $"{rows.Count} figures; ⚠ marks a value assumed for this run, not stated by the notice",
            $"共 {rows.Count} 项标准；⚠ 表示本次运行假设的数值，并非通知所定"));
    }
}
