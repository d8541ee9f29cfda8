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
    /// <param name="line">
    /// offered each record first as the UTF-8 line a CSV of it would hold (the same text as its cells, written without a
    /// string or a boxed value per cell), with its number; a record it does not take (false), or one with a comma, quote
    /// or line end in a cell, goes to <paramref name="row"/> as cells
    /// </param>
    /// <param name="records">only the records from the first number to before the second, counting from 0 (they keep
    /// their numbers in the file); null for all</param>
    public static InputError? Stream(string path, InputKind kind, Func<string[], bool> header, Action<RawRow> row, bool whole = false,
        Func<ReadOnlySpan<byte>, int, bool>? line = null, (long From, long To)? records = null)
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
                var file = SqlText.Literal(Path.GetFullPath(path));
                // A range by the records' place in the file, which DuckDB gives as file_row_number.
                command.CommandText = records is var (from, to)
                    ? $"SELECT * EXCLUDE (file_row_number) FROM read_parquet({file}, file_row_number = true) WHERE file_row_number >= {from} AND file_row_number < {to}"
                    : $"SELECT * FROM read_parquet({file})";
                // A chunk at a time as the rows are read: DuckDB otherwise makes the whole result before the first row.
                command.UseStreamingMode = true;
                reader = command.ExecuteReader();
            }) is { } unopened) return unopened;
            if (!header(Enumerable.Range(0, reader!.FieldCount).Select(reader.GetName).ToArray())) return null;
            var writer = line is null ? null : new RecordLine(reader);
            for (var number = 2 + (int)(records?.From ?? 0); ; number++)
            {
                string[]? cells = null;
                var more = false;
                var taken = false;
                // Only the file's reading is the file's problem: what the rows' reader does with a record is not.
                if (Try(() =>
                {
                    more = reader.Read();
                    if (!more) return;
                    taken = writer is not null && writer.TryWrite(out var text) && line!(text, number);
                    if (!taken) cells = Cells(reader);
                }) is { } broken) return broken;
                if (!more) return null;
                if (!taken) row(new RawRow(number, cells!));
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

    /// <summary>
    /// How many records the file holds (from its metadata), for reading it in ranges; null when it cannot be read (reading
    /// it then says why) or has a column of the name the ranges are cut by.
    /// </summary>
    public static long? Count(string path)
    {
        try
        {
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            var file = SqlText.Literal(Path.GetFullPath(path));
            command.CommandText = $"SELECT * FROM read_parquet({file}) LIMIT 0";
            using (var reader = command.ExecuteReader())
            {
                if (Enumerable.Range(0, reader.FieldCount).Any(i => string.Equals(reader.GetName(i), "file_row_number", StringComparison.OrdinalIgnoreCase))) return null;
            }
            command.CommandText = $"SELECT count(*) FROM read_parquet({file})";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException or InvalidCastException or NotSupportedException or IOException)
        {
            return null;
        }
    }

    private static string[] Cells(DuckDBDataReader reader)
    {
        var cells = new string[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = reader.IsDBNull(i) ? "" : Text(reader.GetValue(i));
        return cells;
    }

    /// <summary>
    /// A record as the UTF-8 CSV line its cells would make, written in place: text as it is, booleans, dates, decimals and
    /// integers formatted as <see cref="Text"/> formats them, anything else through <see cref="Text"/> itself.
    /// </summary>
    private sealed class RecordLine(DuckDBDataReader reader)
    {
        private readonly Type[] _types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetFieldType).ToArray();
        private byte[] _bytes = new byte[1024];

        /// <summary>The current record's line; false when a cell holds a comma, quote or line end (it is not one plain line).</summary>
        public bool TryWrite(out ReadOnlySpan<byte> line)
        {
            line = default;
            var at = 0;
            for (var i = 0; i < _types.Length; i++)
            {
                if (i > 0) Put(ref at, ","u8);
                if (reader.IsDBNull(i)) continue;
                var type = _types[i];
                if (type == typeof(string))
                {
                    var text = reader.GetString(i);
                    if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0) return false;
                    Room(at, System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
                    at += System.Text.Encoding.UTF8.GetBytes(text, _bytes.AsSpan(at));
                }
                else if (type == typeof(bool)) Put(ref at, reader.GetBoolean(i) ? "true"u8 : "false"u8);
                else if (type == typeof(DateOnly)) Format(ref at, reader.GetFieldValue<DateOnly>(i), "yyyy-MM-dd");
                else if (type == typeof(decimal)) Format(ref at, reader.GetDecimal(i), null);
                else if (type == typeof(int)) Format(ref at, reader.GetInt32(i), null);
                else if (type == typeof(long)) Format(ref at, reader.GetInt64(i), null);
                else
                {
                    var text = Text(reader.GetValue(i));
                    if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0) return false;
                    Room(at, System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
                    at += System.Text.Encoding.UTF8.GetBytes(text, _bytes.AsSpan(at));
                }
            }
            line = _bytes.AsSpan(0, at);
            return true;
        }

        private void Put(ref int at, ReadOnlySpan<byte> text)
        {
            Room(at, text.Length);
            text.CopyTo(_bytes.AsSpan(at));
            at += text.Length;
        }

        private void Format<T>(ref int at, T value, string? format) where T : IUtf8SpanFormattable
        {
            Room(at, 64);
            value.TryFormat(_bytes.AsSpan(at), out var written, format, CultureInfo.InvariantCulture);
            at += written;
        }

        private void Room(int at, int more)
        {
            if (at + more > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, at + more));
        }
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
