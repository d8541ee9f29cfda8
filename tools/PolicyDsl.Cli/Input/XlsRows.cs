using System.Globalization;
using ExcelDataReader;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The rows of one sheet of an old Excel 97–2003 workbook (<c>.xls</c>, still what many bureau systems
/// export), read through ExcelDataReader with the same rules as <see cref="XlsxRows"/>: numbers as
/// Excel shows them, date cells as ISO dates, row numbers the sheet's own.
/// </summary>
internal static class XlsRows
{
    public static (RawTable? Table, IReadOnlyList<InputError> Errors) Read(string path, string? sheetName, InputKind kind = InputKind.Claims)
    {
        var (bytes, unreadable) = InputText.ReadBytes(path, kind);
        if (bytes is null) return (null, [unreadable!]);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateBinaryReader(stream);
            var names = new List<string>();
            do
            {
                names.Add(reader.Name);
                if (sheetName is null || reader.Name == sheetName) return Rows(path, reader);
            }
            while (reader.NextResult());
            return (null, [new InputError(DiagnosticCatalogue.NoSuchSheet, path, [sheetName ?? "(any)", names.Count == 0 ? "none" : string.Join(", ", names)])]);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException or NotSupportedException
                                       or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return (null, [new InputError(DiagnosticCatalogue.NotAWorkbook, path, [e.Message])]);
        }
    }

    private static (RawTable? Table, IReadOnlyList<InputError> Errors) Rows(string path, IExcelDataReader reader)
    {
        var errors = new List<InputError>();
        var rows = new List<RawRow>();
        for (var number = 1; reader.Read(); number++)
        {
            var values = new string[reader.FieldCount];
            for (var column = 0; column < values.Length; column++)
            {
                var (text, problem) = Text(reader.GetValue(column));
                if (problem is not null) errors.Add(new InputError(DiagnosticCatalogue.BadCell, $"{path}:{number}:{column + 1}", [XlsxRows.ColumnLetters(column), problem]));
                values[column] = text;
            }
            var last = Array.FindLastIndex(values, v => !string.IsNullOrWhiteSpace(v));
            if (last >= 0) rows.Add(new RawRow(number, values[..(last + 1)]));
        }
        if (errors.Count > 0) return (null, errors);
        if (rows.Count == 0) return (null, [new InputError(DiagnosticCatalogue.EmptyInput, path, [])]);
        return (new RawTable(path, rows[0].Cells, rows.Skip(1).ToList()), []);
    }

    private static (string Text, string? Problem) Text(object? value) => value switch
    {
        null => ("", null),
        string s => (s, null),
        bool b => (b ? "true" : "false", null),
        // ExcelDataReader gives a date-formatted number as a DateTime; a time of day is dropped, as a claim is dated by the day.
        DateTime d => (d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null),
        double n => SheetNumber.Text(n, n.ToString("R", CultureInfo.InvariantCulture)),
        IFormattable f => (f.ToString(null, CultureInfo.InvariantCulture), null),
        _ => (value.ToString() ?? "", null),
    };
}
