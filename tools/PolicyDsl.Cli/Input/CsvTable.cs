using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;
using Sylvan.Data.Csv;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// A CSV file read whole with its header checked: required columns present, none twice. Rows are
/// numbered as a spreadsheet shows them (the header is row 1), so errors can say where to look.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, Dictionary<string, int> columns, List<string[]> rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    public string Path { get; }
    public IReadOnlyList<string[]> Rows { get; }

    public static (CsvTable? Table, InputError? Error) Read(string path, TextReader reader, IReadOnlyList<string> required)
    {
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = false });
        if (!csv.Read()) return (null, new InputError(DiagnosticCatalogue.EmptyInput, path, []));
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.GetString(i).Trim().TrimStart('\uFEFF');
            if (name.Length == 0) continue;
            if (!columns.TryAdd(name, i)) return (null, new InputError(DiagnosticCatalogue.DuplicateColumn, $"{path}:1", [name]));
        }
        foreach (var column in required)
        {
            if (!columns.ContainsKey(column))
            {
                return (null, new InputError(DiagnosticCatalogue.MissingColumn, $"{path}:1", [column, string.Join(",", required)]));
            }
        }
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = new string[csv.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = csv.GetString(i);
            rows.Add(row);
        }
        return (new CsvTable(path, columns, rows), null);
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed cell, or "" when the column is absent or the row is short.</summary>
    public string Cell(string[] row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Length ? row[i].Trim() : "";

    /// <summary>The location of row <paramref name="index"/> (0-based among data rows) as file:row.</summary>
    public string Where(int index) => $"{Path}:{index + 2}";

    public int ColumnNumber(string column) => _columns.TryGetValue(column, out var i) ? i + 1 : 0;
}
