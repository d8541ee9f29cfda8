using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;
using Sylvan.Data.Csv;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// A CSV file read whole with its header checked: required columns present, none twice. Rows are
/// numbered as a spreadsheet shows them (the header is row 1), so errors can say where to look;
/// blank rows are skipped.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private readonly List<int> _rowNumbers;

    private CsvTable(string path, Dictionary<string, int> columns, List<string[]> rows, List<int> rowNumbers)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
        _rowNumbers = rowNumbers;
    }

    public string Path { get; }
    public IReadOnlyList<string[]> Rows { get; }

    public static (CsvTable? Table, InputError? Error) Read(string path, TextReader reader, IReadOnlyList<ColumnSpec> columns)
    {
        var rowsRead = 0;
        try
        {
            return ReadTable(path, reader, columns, ref rowsRead);
        }
        catch (Exception e) when (e is Sylvan.Data.Csv.CsvFormatException or FormatException)
        {
            // Sylvan stops on malformed CSV (an unclosed quote, a record too long): say which row, not how.
            return (null, new InputError(DiagnosticCatalogue.MalformedCsv, $"{path}:{rowsRead + 1}", [e.Message]));
        }
    }

    private static (CsvTable? Table, InputError? Error) ReadTable(string path, TextReader reader, IReadOnlyList<ColumnSpec> specs, ref int rowsRead)
    {
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = false });
        if (!csv.Read()) return (null, new InputError(DiagnosticCatalogue.EmptyInput, path, []));
        rowsRead = 1;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.GetString(i).Trim().TrimStart('\uFEFF');
            if (name.Length == 0) continue;
            if (!columns.TryAdd(name, i)) return (null, new InputError(DiagnosticCatalogue.DuplicateColumn, $"{path}:1", [name]));
        }
        // A Chinese header stands for its column (人员类别 for status); both at once would be read twice.
        foreach (var spec in specs.Where(s => s.ChineseName is not null))
        {
            if (!columns.TryGetValue(spec.ChineseName!, out var at)) continue;
            if (!columns.TryAdd(spec.Name, at)) return (null, new InputError(DiagnosticCatalogue.SameColumnTwice, $"{path}:1", [spec.Name, spec.ChineseName]));
        }
        var required = specs.Where(s => s.Required).ToList();
        foreach (var spec in required.Where(s => !columns.ContainsKey(s.Name)))
        {
            var names = string.Join(",", required.Select(r => r.ChineseName is null ? r.Name : $"{r.Name} ({r.ChineseName})"));
            return (null, new InputError(DiagnosticCatalogue.MissingColumn, $"{path}:1", [spec.Name, names]));
        }
        var rows = new List<string[]>();
        var rowNumbers = new List<int>();
        while (csv.Read())
        {
            rowsRead++;
            var row = new string[csv.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = csv.GetString(i);
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(row);
            rowNumbers.Add(rowsRead);
        }
        return (new CsvTable(path, columns, rows, rowNumbers), null);
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed cell, or "" when the column is absent or the row is short.</summary>
    public string Cell(string[] row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Length ? row[i].Trim() : "";

    /// <summary>The location of row <paramref name="index"/> (0-based among data rows) as file:row.</summary>
    public string Where(int index) => $"{Path}:{_rowNumbers[index]}";

    public int ColumnNumber(string column) => _columns.TryGetValue(column, out var i) ? i + 1 : 0;
}
