using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The walk over a claims or persons sheet that both readers share: check the header, then read every
/// row, collecting every problem; a sheet with any problem gives no rows at all.
/// </summary>
internal static class SheetRows
{
    /// <summary>Reads one row: the value, or null when a cell of it was bad (the errors are recorded).</summary>
    public delegate T? RowReader<T>(InputTable table, RawRow row, CellReader cells, List<InputError> errors) where T : class;

    public static (IReadOnlyList<T> Rows, IReadOnlyList<InputError> Errors) Read<T>(RawTable raw, IReadOnlyList<ColumnSpec> columns, RowReader<T> read) where T : class
    {
        var (table, headerErrors) = InputTable.Create(raw, columns);
        if (table is null) return ([], headerErrors);
        var errors = new List<InputError>();
        var values = new List<T>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (table.Shape(row) is { } shape)
            {
                errors.Add(shape);
                continue;
            }
            if (read(table, row, new CellReader(table, row, errors), errors) is { } value) values.Add(value);
        }
        return errors.Count > 0 ? ([], errors) : (values, []);
    }
}
