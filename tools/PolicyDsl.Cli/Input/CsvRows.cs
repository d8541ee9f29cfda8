using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;
using Sylvan.Data.Csv;

namespace PolicyDsl.Cli.Input;

/// <summary>The rows of a CSV text, each with all the cells it has (more or fewer than the header's).</summary>
internal static class CsvRows
{
    public static (RawTable? Table, InputError? Error) Read(string path, string text)
    {
        var rowsRead = 0;
        try
        {
            using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = false });
            if (!csv.Read()) return (null, new InputError(DiagnosticCatalogue.EmptyInput, path, []));
            rowsRead = 1;
            var header = Cells(csv);
            var rows = new List<RawRow>();
            while (csv.Read())
            {
                rowsRead++;
                var cells = Cells(csv);
                if (!cells.All(string.IsNullOrWhiteSpace)) rows.Add(new RawRow(rowsRead, cells));
            }
            return (new RawTable(path, header, rows), null);
        }
        catch (Exception e) when (e is CsvFormatException or FormatException)
        {
            // Sylvan stops on malformed CSV (an unclosed quote, a record too long): say which row, not how.
            return (null, new InputError(DiagnosticCatalogue.MalformedCsv, $"{path}:{rowsRead + 1}", [e.Message]));
        }
    }

    // RowFieldCount, not FieldCount: a row with more cells than the header must show them, not lose them.
    internal static string[] Cells(CsvDataReader csv)
    {
        var cells = new string[csv.RowFieldCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = csv.GetString(i);
        return cells;
    }
}
