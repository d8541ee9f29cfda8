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

    public static void Write(TextWriter writer, IReadOnlyList<ValueRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "policy", "rule", "figure", "conditions", "dates", "articles" }) table.AddColumn(column);
        foreach (var r in rows)
        {
            var dates = r.From is null && r.Until is null ? "" : $"{(r.From is { } f ? Formatting.Date(f) : "…")} – {(r.Until is { } u ? Formatting.Date(u) : "…")}";
            table.AddRow(new[] { $"{r.Policy} ({r.City})", r.Rule, r.Figure, r.Conditions, dates, r.Citations }.Select(Formatting.Cell).ToArray());
        }
        Consoles.For(writer).Write(table);
        writer.WriteLine($"{rows.Count} figures; ⚠ marks a value assumed for this run, not stated by the notice");
    }
}
