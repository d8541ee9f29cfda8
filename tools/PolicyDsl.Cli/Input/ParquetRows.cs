using System.Globalization;
using DuckDB.NET.Data;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The records of a Parquet file (as a warehouse or Spark job writes an extract), read through DuckDB's
/// embedded engine, as the text a CSV of the same data would hold: the column names are the header,
/// typed values are written as the readers expect them (dates ISO, decimals exact, booleans true/false),
/// so every cell goes through the same checks, with the same errors, as a CSV's. A record's row number
/// is its place in the file counting the header as row 1, as a CSV exported from it would number it.
/// </summary>
internal static class ParquetRows
{
    public static (RawTable? Table, IReadOnlyList<InputError> Errors) Read(string path, InputKind kind)
    {
        string[] header = [];
        var rows = new List<RawRow>();
        var problem = Stream(path, kind, cells => (header = cells) is not null, rows.Add, whole: true);
        return problem is null ? (new RawTable(path, header, rows), []) : (null, [problem]);
    }

    /// <summary>
    /// The records one at a time, never held: the column names to <paramref name="header"/> (which says whether to go
    /// on), then each record's cells to <paramref name="row"/>; the file's own problem, if any.
    /// </summary>
    /// <param name="whole">whether the records are being kept (so the file is held to the size limit of a file read whole)</param>
    public static InputError? Stream(string path, InputKind kind, Func<string[], bool> header, Action<RawRow> row, bool whole = false)
    {
        if (InputText.Unreadable(path, kind, whole) is { } unreadable) return unreadable;
        DuckDBConnection? connection = null;
        DuckDBCommand? command = null;
        DuckDBDataReader? reader = null;
        try
        {
            if (Try(() =>
            {
                connection = new DuckDBConnection("DataSource=:memory:");
                connection.Open();
                command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM read_parquet({SqlText.Literal(Path.GetFullPath(path))})";
                // A chunk at a time as the rows are read: DuckDB otherwise makes the whole result before the first row.
                command.UseStreamingMode = true;
                reader = command.ExecuteReader();
            }) is { } unopened) return unopened;
            if (!header(Enumerable.Range(0, reader!.FieldCount).Select(reader.GetName).ToArray())) return null;
            for (var number = 2; ; number++)
            {
                string[]? cells = null;
                // Only the file's reading is the file's problem: what the rows' reader does with a record is not.
                if (Try(() => cells = reader.Read() ? Cells(reader) : null) is { } broken) return broken;
                if (cells is null) return null;
                row(new RawRow(number, cells));
            }
        }
        finally
        {
            reader?.Dispose();
            command?.Dispose();
            connection?.Dispose();
        }

        InputError? Try(Action step)
        {
            try
            {
                step();
                return null;
            }
            catch (Exception e) when (e is DuckDBException or InvalidOperationException or InvalidCastException or NotSupportedException or IOException)
            {
                return new InputError(DiagnosticCatalogue.NotAParquetFile, path, [FirstLine(e.Message)]);
            }
        }
    }

    private static string[] Cells(DuckDBDataReader reader)
    {
        var cells = new string[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = reader.IsDBNull(i) ? "" : Text(reader.GetValue(i));
        return cells;
    }

    private static string Text(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // A timestamp keeps its time, so the reader's date-time rules (a zone other than China's refused) apply.
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        // To 15 digits, as a spreadsheet shows a double; a longer one (an id stored as a number) keeps its exponent, which the id check refuses.
        double n => Math.Abs(n) < 1e15 ? ((decimal)n).ToString(CultureInfo.InvariantCulture) : n.ToString("R", CultureInfo.InvariantCulture),
        float n => ((decimal)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

/// <summary>Text in DuckDB's SQL: the one way a value (a file's path) is put into a query.</summary>
internal static class SqlText
{
    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
