using System.Buffers;
using System.Globalization;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Writing CSV: RFC 4180 quoting for the fields that need it (citations hold commas and quotes), and
/// text that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR at
/// the start) written with a leading apostrophe, so opening results in Excel never runs input as a formula.
/// </summary>
internal static class CsvText
{
    /// <summary>What makes a field need quotes; searched once per cell of every row, so built once.</summary>
    private static readonly SearchValues<char> Quoted = SearchValues.Create(",\"\n\r");

    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().ContainsAny(Quoted) ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    /// <summary>A cell as CSV text: figures as numbers (never neutralised: -5.00 is a number), text escaped.</summary>
    public static string Cell(object? value, CellKind kind) => (value, kind) switch
    {
        (null, _) => "",
        (decimal d, CellKind.Money) => Money(d),
        (decimal d, CellKind.Ratio) => Ratio(d),
        (DateOnly d, CellKind.Month) => Formatting.Month(d),
        (DateOnly d, _) => Formatting.Date(d),
        (IFormattable f, _) => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(value.ToString() ?? ""),
    };

    private static string Money(decimal? yuan) => Formatting.Money(yuan);

    private static string Ratio(decimal? ratio) => Formatting.RatioFraction(ratio);

    /// <summary>A row's cells written as CSV as they come (<see cref="IRowCells"/>), each as <see cref="Cell"/> writes it, nothing boxed.</summary>
    internal struct RowWriter(TextWriter writer) : IRowCells
    {
        private bool _started;

        public void Text(string? text) => Write(text is null ? "" : Field(text));

        public void Date(DateOnly date) => Write(Formatting.Date(date));

        public void Money(decimal? yuan) => Write(CsvText.Money(yuan));

        public void Ratio(decimal? ratio) => Write(CsvText.Ratio(ratio));

        /// <summary>Ends the row.</summary>
        public readonly void End() => writer.WriteLine();

        private void Write(string cell)
        {
            if (_started) writer.Write(',');
            _started = true;
            writer.Write(cell);
        }
    }

    public static void Write(TextWriter writer, ResultTable table, Language language)
    {
        WriteHeader(writer, table.Columns, language);
        foreach (var row in table.Rows) WriteRow(writer, table.Columns, row);
    }

    public static void WriteHeader(TextWriter writer, IReadOnlyList<ResultColumn> columns, Language language) =>
        writer.WriteLine(string.Join(",", columns.Select(c => Field(c.Header(language)))));

    /// <summary>One row, a cell at a time: for results written as they come, as well as for a whole table.</summary>
    public static void WriteRow(TextWriter writer, IReadOnlyList<ResultColumn> columns, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Cell(row[i], columns[i].Kind));
        }
        writer.WriteLine();
    }
}
