using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Binding;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// A claims or persons sheet (CSV or XLSX) with its header checked against the columns the run
/// reads: required ones present, none twice, none misspelt. Other columns are ignored, but a value
/// in a column without a header is not: it is a cell split off its own.
/// </summary>
internal sealed class InputTable
{
    private readonly Dictionary<string, int> _columns;

    private InputTable(RawTable raw, Dictionary<string, int> columns)
    {
        Path = raw.Path;
        Rows = raw.Rows;
        HeaderWidth = raw.Header.Count;
        _headerNames = raw.Header.Select(Name).ToArray();
        _columns = columns;
    }

    private readonly string[] _headerNames;

    public string Path { get; }
    public IReadOnlyList<RawRow> Rows { get; }
    /// <summary>How many cells the header has.</summary>
    public int HeaderWidth { get; }

    /// <summary>Whether every cell of the header names a column (so no row's cell can be one without a header except past the last).</summary>
    public bool HeaderIsWhole => _headerNames.All(n => n.Length > 0);

    public static (InputTable? Table, IReadOnlyList<InputError> Errors) Create(RawTable raw, IReadOnlyList<ColumnSpec> specs)
    {
        var at = $"{raw.Path}:1";
        var errors = new List<InputError>();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < raw.Header.Count; i++)
        {
            var name = Name(raw.Header[i]);
            if (name.Length == 0) continue;
            if (!columns.TryAdd(name, i)) errors.Add(new InputError(DiagnosticCatalogue.DuplicateColumn, at, [name]));
        }
        // A Chinese header stands for its column (人员类别 for status); both at once would be read twice.
        foreach (var spec in specs.Where(s => s.ChineseName is not null))
        {
            if (!columns.TryGetValue(spec.ChineseName!, out var index)) continue;
            if (!columns.TryAdd(spec.Name, index)) errors.Add(new InputError(DiagnosticCatalogue.SameColumnTwice, at, [spec.Name, spec.ChineseName]));
        }
        errors.AddRange(Misspelt(columns, specs, raw.Path));
        var required = specs.Where(s => s.Required).ToList();
        foreach (var spec in required.Where(s => !columns.ContainsKey(s.Name)))
        {
            var names = string.Join(",", required.Select(r => r.ChineseName is null ? r.Name : $"{r.Name} ({r.ChineseName})"));
            errors.Add(new InputError(DiagnosticCatalogue.MissingColumn, at, [spec.Name, names]));
        }
        return errors.Count > 0 ? (null, errors) : (new InputTable(raw, columns), []);
    }

    /// <summary>
    /// Headers that are no column the run reads but are close to one that is absent (<c>chanel</c>,
    /// <c>Old Worker</c>, <c>就医地点</c>): an error, not a warning, because the column they were meant
    /// to be would take its default on every row and no figure would say so.
    /// </summary>
    private static IEnumerable<InputError> Misspelt(Dictionary<string, int> columns, IReadOnlyList<ColumnSpec> specs, string path)
    {
        var absent = specs.Where(s => !columns.ContainsKey(s.Name))
            .SelectMany(s => s.ChineseName is null ? [s.Name] : new[] { s.Name, s.ChineseName })
            .GroupBy(Normal).ToDictionary(g => g.Key, g => g.First());
        var known = specs.SelectMany(s => s.ChineseName is null ? [s.Name] : new[] { s.Name, s.ChineseName }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, index) in columns.Where(c => !known.Contains(c.Key)).OrderBy(c => c.Value))
        {
            var closest = absent.TryGetValue(Normal(name), out var same) ? same : NameSuggestions.Closest(Normal(name), absent.Keys) is { } near ? absent[near] : null;
            if (closest is not null) yield return new InputError(DiagnosticCatalogue.MisspeltColumn, $"{path}:1:{index + 1}", [name, closest]);
        }
    }

    /// <summary>A header as compared for misspellings: no case, spaces, dashes or underscores.</summary>
    private static string Normal(string name) => new(name.ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.')).ToArray());

    private static string Name(string header) => header.Trim().TrimStart('\uFEFF');

    /// <summary>
    /// A non-empty cell outside the header (past its last column, or under an empty header): an
    /// unquoted <c>1,200.00</c> shifts every cell after it, so the row cannot be read. Missing cells
    /// at the end of a row are empty ones (Excel leaves them out on some rows).
    /// </summary>
    public InputError? Shape(RawRow row)
    {
        for (var i = 0; i < row.Cells.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(row.Cells[i]) || (i < HeaderWidth && _headerNames[i].Length > 0)) continue;
            return new InputError(DiagnosticCatalogue.CellWithoutHeader, $"{Path}:{row.Number}:{i + 1}", [row.Cells[i].Trim(), i + 1, _headerNames.Length]);
        }
        return null;
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed cell, or "" when the column is absent or the row is short.</summary>
    public string Cell(RawRow row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Cells.Length ? row.Cells[i].Trim() : "";

    /// <summary>The row's location, file:row.</summary>
    public string Where(RawRow row) => $"{Path}:{row.Number}";

    public int ColumnNumber(string column) => _columns.TryGetValue(column, out var i) ? i + 1 : 0;
}
