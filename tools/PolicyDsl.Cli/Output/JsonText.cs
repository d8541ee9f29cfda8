using System.Text.Json;

namespace PolicyDsl.Cli.Output;

/// <summary>Results as a JSON array of objects, one per row, keyed by the English column names; money with two decimals.</summary>
internal static class JsonText
{
    public static void Write(TextWriter writer, ResultTable table)
    {
        var rows = table.Rows.Select(row => table.Columns.Select((c, i) => (c.Name, Value: Value(row[i], c.Kind))).ToDictionary(p => p.Name, p => p.Value));
        writer.WriteLine(JsonSerializer.Serialize(rows, SettlementWriter.JsonOptions));
    }

    private static object? Value(object? value, CellKind kind) => (value, kind) switch
    {
        (decimal d, CellKind.Money) => Formatting.MoneyValue(d),
        (DateOnly d, CellKind.Month) => Formatting.Month(d),
        (DateOnly d, _) => Formatting.Date(d),
        _ => value,
    };
}
