using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The rows of one sheet of an Excel workbook (the first, or the one named), as the text a CSV saved
/// from it would hold: numbers as Excel shows them to 15 digits, date cells as ISO dates. Row numbers
/// are the sheet's own, so an error points where the analyst looks. Cells holding an Excel error or a
/// formula never calculated are refused: their text is no value.
/// </summary>
internal static partial class XlsxRows
{
    public static (RawTable? Table, IReadOnlyList<InputError> Errors) Read(string path, string? sheetName, InputKind kind = InputKind.Claims)
    {
        var (bytes, unreadable) = InputText.ReadBytes(path, kind);
        if (bytes is null) return (null, [unreadable!]);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("it has no workbook part");
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => s.Name?.Value == sheetName);
            if (sheet?.Id?.Value is not { } id)
            {
                var names = string.Join(", ", sheets.Select(s => s.Name?.Value));
                return (null, [new InputError(DiagnosticCatalogue.NoSuchSheet, path, [sheetName ?? "(any)", names.Length == 0 ? "none" : names])]);
            }
            var part = (WorksheetPart)workbook.GetPartById(id);
            var cells = new SheetCells(workbook);
            var errors = new List<InputError>();
            var rows = new List<RawRow>();
            var previous = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var number = (int)(row.RowIndex?.Value ?? (uint)(previous + 1));
                previous = number;
                var values = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
                    while (values.Count < column) values.Add("");
                    var (text, problem) = cells.Text(cell);
                    if (problem is not null) errors.Add(new InputError(DiagnosticCatalogue.BadCell, $"{path}:{number}:{column + 1}", [ColumnLetters(column), problem]));
                    values.Add(text);
                }
                if (!values.All(string.IsNullOrWhiteSpace)) rows.Add(new RawRow(number, [.. values]));
            }
            if (errors.Count > 0) return (null, errors);
            if (rows.Count == 0) return (null, [new InputError(DiagnosticCatalogue.EmptyInput, path, [])]);
            return (new RawTable(path, rows[0].Cells, rows.Skip(1).ToList()), []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException
                                       or KeyNotFoundException or ArgumentException or FormatException or OverflowException)
        {
            return (null, [new InputError(DiagnosticCatalogue.NotAWorkbook, path, [e.Message])]);
        }
    }

    /// <summary>0-based column of a reference such as <c>AB12</c>.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }

    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>What a workbook's cells say: its shared strings and which of its styles show dates.</summary>
    private sealed class SheetCells(WorkbookPart workbook)
    {
        // Phonetic guides (rPh) are not part of the text, so only the t and r/t elements are joined.
        private readonly string[] _shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>()
            .Select(i => i.Text?.Text ?? string.Concat(i.Elements<Run>().Select(r => r.Text?.Text))).ToArray() ?? [];

        private readonly bool[] _dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);

        public (string Text, string? Problem) Text(Cell cell)
        {
            var raw = cell.CellValue?.Text;
            var type = cell.DataType?.Value;
            if (type == CellValues.InlineString) return (cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? []), null);
            if (raw is null) return ("", cell.CellFormula is not null ? "has a formula that was never calculated; open the workbook in Excel and save it" : null);
            if (type == CellValues.SharedString) return (_shared[int.Parse(raw, CultureInfo.InvariantCulture)], null);
            if (type == CellValues.Boolean) return (raw == "1" ? "true" : "false", null);
            if (type == CellValues.Error) return ("", $"holds the Excel error {raw}; the formula behind it has no value");
            if (type == CellValues.String) return (raw, null);
            if (type == CellValues.Date) return (DateTime.Parse(raw, CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
            var style = (int)(cell.StyleIndex?.Value ?? 0);
            if (style < _dateStyles.Length && _dateStyles[style])
            {
                // Excel's dates run from 1900-01-01 (serial 1) to 9999-12-31 (2958465); a time of day is dropped, as a claim is dated by the day.
                if (number is < 1 or >= 2958466) return ("", $"is date-formatted but holds {raw}, which is no date Excel can show");
                return (DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            }
            return SheetNumber.Text(number, raw);
        }

        private static bool[] DateStyles(Stylesheet? styles)
        {
            var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null)
                .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
            return styles?.CellFormats?.Elements<CellFormat>().Select(f => IsDate(f.NumberFormatId?.Value ?? 0, custom)).ToArray() ?? [];
        }

        /// <summary>Excel's built-in date formats (with the East Asian ones, 27–36 and 50–58), or a custom format that shows a year or a day.</summary>
        private static bool IsDate(uint id, Dictionary<uint, string> custom) =>
            id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58
            || (custom.TryGetValue(id, out var code) && DatePart().IsMatch(Literals().Replace(code, "")));
    }

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")]
    private static partial Regex Literals();

    [GeneratedRegex("[yYdD]")]
    private static partial Regex DatePart();
}
