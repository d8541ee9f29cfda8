using System.Globalization;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Writing CSV: RFC 4180 quoting for the fields that need it (citations hold commas and quotes), and
/// text that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR at
/// the start) written with a leading apostrophe, so opening results in Excel never runs input as a formula.
/// </summary>
internal static class CsvText
{
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    /// <summary>A cell as CSV text: figures as numbers (never neutralised: -5.00 is a number), text escaped.</summary>
    public static string Cell(object? value, CellKind kind) => (value, kind) switch
    {
        (null, _) => "",
        (decimal d, CellKind.Money) => Formatting.Money(d),
        (decimal d, CellKind.Ratio) => Formatting.RatioFraction(d),
        (DateOnly d, CellKind.Month) => Formatting.Month(d),
        (DateOnly d, _) => Formatting.Date(d),
        (IFormattable f, _) => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(value.ToString() ?? ""),
    };

    public static void Write(TextWriter writer, ResultTable table, Language language)
    {
        writer.WriteLine(string.Join(",", table.Columns.Select(c => Field(c.Header(language)))));
        foreach (var row in table.Rows) writer.WriteLine(string.Join(",", row.Select((v, i) => Cell(v, table.Columns[i].Kind))));
    }
}
