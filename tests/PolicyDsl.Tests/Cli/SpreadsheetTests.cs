using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// Taking results to Excel and claims from it: --out writes CSV for Excel (BOM, CRLF), JSON or a typed
/// workbook, whole or not at all; text that would run as a formula is neutralised; workbooks are read
/// with the same row and column errors as CSV.
/// </summary>
public class SpreadsheetTests
{
    private static readonly string Data = Repository.Path("tests", "PolicyDsl.Tests", "Data", "cli");
    private static string F(string name) => Path.Combine(Data, name);

    private static object?[] R(params object?[] cells) => cells;

    private static string OutPath(string extension) => Path.Combine(Path.GetTempPath(), $"policydsl-out-{Guid.NewGuid():N}{extension}");

    [Fact]
    public void ACsvFileIsWrittenForExcelWithBomAndCrlf()
    {
        var path = OutPath(".csv");
        try
        {
            var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--out", path);
            Assert.True(result.Exit == 0, result.Error);
            Assert.Equal("", result.Out);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var text = Encoding.UTF8.GetString(bytes[3..]);
            Assert.StartsWith("person,date,level,amount,eligible,deductible,ratio,fund,personal,fund_ytd,cap,citations,assumptions,caps,unsettled\r\nA,2023-01-01,level2,50.00,", text);
            Assert.DoesNotContain("\r\n", text.Replace("\r\n", ""));

            PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--out", path, "--no-bom", "--lang", "zh");
            Assert.StartsWith("人员编号,就诊日期,医院等级,金额,政策范围内费用（排除后）,", File.ReadAllText(path));
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AWorkbookHasTypedCellsAFrozenHeaderAndChineseHeaders()
    {
        var path = OutPath(".xlsx");
        try
        {
            var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--out", path, "--lang", "zh");
            Assert.True(result.Exit == 0, result.Error);
            var rows = Workbooks.Cells(path, out var document);
            using (document)
            {
                // What Excel requires of the file's XML, checked by the Open XML SDK's own validator.
                Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description));
                Assert.Equal("人员编号", rows[0][0].InlineString!.InnerText);
                var second = rows[2];   // A, 2023-02-01, 三级 300元: fund 125
                Assert.Equal("A", second[0].InlineString!.InnerText);
                Assert.Equal(new DateOnly(2023, 2, 1).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), second[1].CellValue!.Text);
                Assert.Equal("125.00", second[7].CellValue!.Text);
                Assert.Equal(CellValues.Number, second[7].DataType!.Value);
                var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
                Assert.Equal(2u, formats[(int)second[7].StyleIndex!.Value].NumberFormatId!.Value);         // 0.00
                Assert.Equal(164u, formats[(int)second[1].StyleIndex!.Value].NumberFormatId!.Value);       // yyyy-mm-dd
                var sheet = (WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
                var pane = sheet.Worksheet.Descendants<Pane>().Single();
                Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
                Assert.Equal(1d, pane.VerticalSplit!.Value);
                Assert.Equal("结算结果", document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AWorkbookAsExcelSavesItIsReadLikeCsv()
    {
        var path = OutPath(".xlsx");
        try
        {
            var claims = new TempFile(Workbooks.Create("Claims",
                R("人员编号", "人员类别", "年龄", "参保类型", "就诊日期", "医院等级", "金额"),
                R("A", "在职", 40m, "单位", new DateOnly(2023, 1, 1), "二级", 50m),
                R(),
                R("A", "employed", 40m, "employer", new DateOnly(2023, 2, 1), "level3", 300m)), ".xlsx");
            using (claims)
            {
                var fromXlsx = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--format", "csv");
                Assert.True(fromXlsx.Exit == 0, fromXlsx.Error);
                Assert.Contains("A,2023-02-01,level3,300.00,300.00,50.00,0.5,125.00,175.00,125.00,1500.00,", fromXlsx.Out);
                var named = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--sheet", "Claims", "--format", "csv");
                Assert.Equal(fromXlsx.Out, named.Out);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WorkbookRowsHaveTheSameErrorsAsCsvWithTheSheetsRowNumbers()
    {
        using var claims = new TempFile(Workbooks.Create("Sheet1",
            R("person", "status", "age", "scheme", "date", "level", "amount"),
            R("A", "employed", 40m, "employer", new DateOnly(2023, 1, 1), "level9", 50m),
            R(),
            R("B", "employed", 40m, "employer", "1/5/2023", "level3", "#N/A"),
            R("C", "employed", 40m, "employer", -5.0, "level3", 5m)), ".xlsx");
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path);
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"{claims.Path}:4:7: error PD0412: column 'G': holds the Excel error #N/A; the formula behind it has no value", result.Error);
        Assert.Contains($"{claims.Path}:5:5: error PD0412: column 'E': is date-formatted but holds -5, which is no date Excel can show", result.Error);

        using var fixedErrors = new TempFile(Workbooks.Create("Sheet1",
            R("person", "status", "age", "scheme", "date", "level", "amount"),
            R("A", "employed", 40m, "employer", new DateOnly(2023, 1, 1), "level9", 50m),
            R(),
            R("B", "employed", 40m, "employer", "1/5/2023", "level3", 5m)), ".xlsx");
        var rows = PolicyCommand.Run("eval", F("simple.policy"), "--claims", fixedErrors.Path);
        Assert.Contains($"{fixedErrors.Path}:2:6: error PD0412: column 'level': 'level9' is not one of", rows.Error);
        Assert.Contains($"{fixedErrors.Path}:4:5: error PD0412: column 'date': '1/5/2023' puts the year last", rows.Error);
    }

    [Fact]
    public void ANumberLongerThanExcelKeepsIsRefusedNotReadAsAnotherId()
    {
        // 320102199001011234 typed into a number cell: Excel keeps 15 digits, so the file holds 3.20102199001011E+17,
        // the same number as every id that shares those 15 digits.
        using var claims = new TempFile(Workbooks.Create("Sheet1",
            R("person", "status", "age", "scheme", "date", "level", "amount"),
            R(320102199001011000m, "employed", 40m, "employer", new DateOnly(2023, 1, 1), "level3", 50m),
            R(12345m, "employed", 40m, "employer", new DateOnly(2023, 1, 1), "level3", 50m)), ".xlsx");
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path);
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"{claims.Path}:2:1: error PD0412: column 'A': holds the number 320102199001011000, longer than the 15 digits Excel keeps", result.Error);
        Assert.DoesNotContain(":3:1:", result.Error);   // a short numeric id is exact, and fine
    }

    [Fact]
    public void AnExcel97WorkbookIsReadLikeCsv()
    {
        // claims-excel97.xls: the rows of claims.csv, with Chinese headers and values, typed by LibreOffice (Data/cli/README.md).
        var fromXls = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims-excel97.xls"), "--format", "csv");
        var fromCsv = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--format", "csv");
        Assert.True(fromXls.Exit == 0, fromXls.Error);
        // A's 300元 三级 claim: deductible 100 − 50 = 50, fund 50% × 250 = 125, as in the CSV.
        Assert.Contains("A,2023-02-01,level3,300.00,300.00,50.00,0.5,125.00,175.00,125.00,1500.00,", fromXls.Out);
        Assert.Equal(fromCsv.Out.Split('\n').Order(), fromXls.Out.Split('\n').Order());

        var missing = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims-excel97.xls"), "--sheet", "理赔");
        Assert.Equal(1, missing.Exit);
        Assert.Contains("error PD0438: the workbook has no sheet '理赔'", missing.Error);
        Assert.Contains("its sheets: claims", missing.Error);
    }

    [Fact]
    public void AnExcel97NumberCellOfAnEighteenDigitIdIsRefused()
    {
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("long-id-excel97.xls"));
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("long-id-excel97.xls:2:1: error PD0412: column 'A': holds the number 3.20102199001011", result.Error);
        Assert.Contains("longer than the 15 digits Excel keeps", result.Error);
    }

    [Fact]
    public void AMissingSheetOrABrokenWorkbookIsNamed()
    {
        using var claims = new TempFile(Workbooks.Create("Claims", ["person"]), ".xlsx");
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--sheet", "理赔");
        Assert.Contains($"{claims.Path}: error PD0438: the workbook has no sheet '理赔'", result.Error);
        Assert.Contains("hint: its sheets: Claims", result.Error);
        using var broken = new TempFile("person,status\n", ".xlsx");
        var refused = PolicyCommand.Run("eval", F("simple.policy"), "--claims", broken.Path);
        Assert.Equal(1, refused.Exit);
        Assert.Contains($"{broken.Path}: error PD0437: this is not an Excel workbook (.xlsx or .xls) that can be read", refused.Error);
        // A CSV saved under an .xls name, as some systems export it.
        using var old = new TempFile("person,status\n", ".xls");
        var oldRefused = PolicyCommand.Run("eval", F("simple.policy"), "--claims", old.Path);
        Assert.Equal(1, oldRefused.Exit);
        Assert.Equal("", oldRefused.Out);
        Assert.Contains($"{old.Path}: error PD0437: this is not an Excel workbook (.xlsx or .xls) that can be read", oldRefused.Error);
    }

    [Fact]
    public void TextThatWouldRunAsAFormulaIsNeutralisedInCsvAndXlsx()
    {
        using var claims = new TempFile("person,status,age,scheme,date,level,amount\n=HYPERLINK(\"http://x\"),employed,40,employer,2023-01-01,level2,50\n@SUM(A1),employed,40,employer,2023-01-01,level2,50\n");
        var csv = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--format", "csv");
        Assert.True(csv.Exit == 0, csv.Error);
        Assert.Contains("\n\"'=HYPERLINK(\"\"http://x\"\")\",2023-01-01,", csv.Out);
        Assert.Contains("\n'@SUM(A1),2023-01-01,", csv.Out);
        var path = OutPath(".xlsx");
        try
        {
            PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--out", path);
            var rows = Workbooks.Cells(path, out var document);
            using (document)
            {
                var cell = rows.Skip(1).Select(r => r[0]).First(c => c.InlineString!.InnerText.StartsWith('='));
                Assert.Equal("=HYPERLINK(\"http://x\")", cell.InlineString!.InnerText);   // the value is kept as it is …
                Assert.Null(cell.CellFormula);
                var format = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
                Assert.True(format.QuotePrefix!.Value);                                     // … and marked as text
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TerminalControlsFromInputNeverReachTheTable()
    {
        using var claims = new TempFile("person,status,age,scheme,date,level,amount\n\"A\u001b[2J\u202e\",employed,40,employer,2023-01-01,level2,50\n");
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--trace");
        Assert.True(result.Exit == 0, result.Error);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.DoesNotContain('\u202e', result.Out);
        Assert.Contains("A\\x1B[2J\\u202E", result.Out);
    }

    [Fact]
    public void AFailedRunLeavesTheOutFileUntouched()
    {
        var path = OutPath(".csv");
        File.WriteAllText(path, "earlier results");
        try
        {
            var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("no-such.csv"), "--out", path);
            Assert.Equal(1, result.Exit);
            Assert.Equal("earlier results", File.ReadAllText(path));
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(path)}.*.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnOutFileThatCannotBeWrittenIsAnErrorAndNothingIsPrinted()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policydsl-no-such-{Guid.NewGuid():N}", "out.csv");
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--out", path);
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"{path}: error PD0439: cannot write the file: no such directory", result.Error);
    }

    [Theory]
    [InlineData("--format", "xlsx")]
    [InlineData("--format", "csv", "--out", "results.xlsx")]
    public void FormatsThatCannotBeMetAreUsageErrors(params string[] options)
    {
        var result = PolicyCommand.Run(["eval", F("simple.policy"), "--claims", F("claims.csv"), .. options]);
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("run 'policy eval --help' for usage", result.Error);
        Assert.False(File.Exists("results.xlsx"));
    }

    [Fact]
    public void CompareAndDiffWriteJsonNotTheTable()
    {
        var claims = Repository.Path("policies", "examples", "xiangtan-claims.csv");
        var result = PolicyCommand.Run("compare", Repository.Path("policies", "xiangtan.policy"), "--claims", claims, "--format", "json");
        Assert.True(result.Exit == 0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal("A001", json.RootElement[0].GetProperty("person").GetString());
    }
}
