using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Writes results as an Excel workbook of one sheet: money as numbers shown with two decimals, dates
/// as dates, ratios as percentages, the header frozen and filterable. Text that Excel would take for a
/// formula if the cell were edited (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR at the start) is
/// kept as it is but marked as text (quotePrefix), and characters XML cannot hold are written as escapes.
/// </summary>
internal static class XlsxWriter
{
    // Cell formats, by index into the stylesheet below.
    private const uint Plain = 0, MoneyStyle = 1, DateStyle = 2, MonthStyle = 3, RatioStyle = 4, HeaderStyle = 5, QuotedText = 6;

    public static byte[] Write(ResultTable table, Language language)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Columns.Select(c => TextCell(c.Header(language), HeaderStyle))));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var values = table.Rows[r];
                data.Append(Row((uint)r + 2, values.Select((v, i) => ValueCell(v, table.Columns[i].Kind))));
            }
            var lastColumn = Input.XlsxRows.ColumnLetters(table.Columns.Count - 1);
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { TabSelected = true, WorkbookViewId = 0 }),
                Widths(table, language),
                data,
                new AutoFilter { Reference = $"A1:{lastColumn}{table.Rows.Count + 1}" });
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = table.Sheet.Header(language) }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint number, IEnumerable<Cell?> cells)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var cell in cells)
        {
            if (cell is not null)
            {
                cell.CellReference = Input.XlsxRows.ColumnLetters(column) + number.ToString(CultureInfo.InvariantCulture);
                row.Append(cell);
            }
            column++;
        }
        return row;
    }

    private static Cell? ValueCell(object? value, CellKind kind) => (value, kind) switch
    {
        (null, _) => null,
        (decimal d, CellKind.Money) => Number(Formatting.Money(d), MoneyStyle),
        (decimal d, CellKind.Ratio) => Number(Formatting.RatioFraction(d), RatioStyle),
        (DateOnly d, CellKind.Month) => Number(Serial(d), MonthStyle),
        (DateOnly d, _) => Number(Serial(d), DateStyle),
        (int n, _) => Number(n.ToString(CultureInfo.InvariantCulture), Plain),
        _ => TextCell(value.ToString() ?? "", Plain),
    };

    private static string Serial(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture);

    private static Cell Number(string value, uint style) => new() { CellValue = new CellValue(value), DataType = CellValues.Number, StyleIndex = style };

    /// <summary>The one escaping of text for workbooks: XML-safe, and marked as text when it looks like a formula.</summary>
    private static Cell TextCell(string text, uint style)
    {
        var safe = string.Concat(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c.ToString() : $"\\x{(int)c:X2}"));
        var formulaLike = safe.Length > 0 && safe[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        return new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(safe) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = formulaLike && style == Plain ? QuotedText : style,
        };
    }

    /// <summary>Column widths from the longest text in each (a Chinese character is two wide), within reason.</summary>
    private static Columns Widths(ResultTable table, Language language)
    {
        var columns = new Columns();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var texts = table.Rows.Take(500).Select(r => CsvText.Cell(r[i], table.Columns[i].Kind)).Append(table.Columns[i].Header(language));
            var width = Math.Clamp(texts.Max(t => t.Sum(c => c > '\u2E80' ? 2 : 1)) + 2, 8, 60);
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true });
        }
        return columns;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },      // 0.00
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },     // 0.00%
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { QuotePrefix = true }) { Count = 7 });
}
