using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PolicyDsl.Tests.Support;

/// <summary>
/// Builds .xlsx files the way Excel saves them (shared strings, dates as styled serial numbers),
/// independently of the tool's own writer, and reads back what the tool wrote.
/// </summary>
internal static class Workbooks
{
    /// <summary>A cell: a string (shared), a decimal (number), a DateOnly (date-styled serial), a double (a date-styled number as it is), or "#N/A" as an error.</summary>
    public static byte[] Create(string sheetName, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    Cell? cell = rows[r][c] switch
                    {
                        null => null,
                        "#N/A" => new Cell { DataType = CellValues.Error, CellValue = new CellValue("#N/A") },
                        string s => Shared(strings.SharedStringTable, s),
                        decimal d => new Cell { CellValue = new CellValue(d) },
                        double serial => new Cell { CellValue = new CellValue(serial), StyleIndex = 1 },
                        DateOnly d => new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = 1 },
                        var other => throw new ArgumentException($"no cell for {other}"),
                    };
                    if (cell is null) continue;
                    cell.CellReference = reference;
                    row.Append(cell);
                }
                data.Append(row);
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Cell Shared(SharedStringTable table, string text)
    {
        table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
        return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(table.ChildElements.Count - 1) };
    }

    /// <summary>A written workbook's first sheet: each cell's XML (type, style and value), row by row.</summary>
    public static List<List<Cell>> Cells(string path, out SpreadsheetDocument document)
    {
        document = SpreadsheetDocument.Open(path, false);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
    }
}
