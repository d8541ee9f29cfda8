using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Text;
using PolicyDsl.Cli.Input;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// The streamed claims reader (simulate's, for files of any size) gives what the whole-file reader gives:
/// the same claims, or the same errors in the same order, on files made to go wrong every way a file can.
/// </summary>
public class StreamedClaimsTests
{
    private const string Header = "person,status,age,scheme,date,level,amount,inpatient";

    public static TheoryData<string, string> Files => new()
    {
        { "Excel's ways of writing values", $"{Header}\nA,退休人员,70,单位,2023年1月5日,三级,\"1,200.00\",否\nA,退休,70,单位,2023/1/6,三级,¥500.00,FALSE\nB,employed,40,employer,2023-01-09,level2,100元,no\n" },
        { "a bad cell in several rows", $"{Header}\nA,retired,70,employer,2023-01-05,level9,10.00,no\nB,employed,x,employer,2023-13-01,level2,-5,no\nC,employed,40,employer,2023-01-05,level2,1.234,no\n" },
        { "a value without a header (PD0433)", $"{Header}\nA,retired,70,employer,2023-01-05,level3,1,200.00,no\nB,employed,40,employer,2023-01-05,level2,10.00,no\n" },
        { "a person described two ways on one date (PD0436)", $"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no\nB,employed,40,employer,2023-01-05,level2,10.00,no\nA,在职,70,employer,2023-01-05,level3,20.00,no\nA,retired,71,employer,2023-01-05,level3,20.00,no\nA,employed,70,employer,2023-02-05,level3,20.00,no\n" },
        { "a conflict after a bad cell", $"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no\nA,retired,70,employer,2023-01-05,level7,10.00,no\nA,retired,72,employer,2023-01-05,level3,10.00,no\n" },
        { "a missing and a misspelt column", "person,statuss,age,scheme,date,amount\nA,retired,70,employer,2023-01-05,10.00\n" },
        { "a column twice", "person,person,status,age,scheme,date,level,amount\n" },
        { "blank rows and a byte order mark", $"\uFEFF{Header}\n\n,,,\nA,retired,70,employer,2023-01-05,level3,10.00,no\n\nB,employed,40,employer,2023-01-06,level1,9.99,yes\n" },
        { "an unclosed quote", $"{Header}\nA,retired,70,employer,2023-01-05,level3,\"10.00,no\n" },
        { "only a header", $"{Header}\n" },
        { "nothing", "" },
        { "a U+FFFD", $"{Header}\nA,ret\uFFFDred,70,employer,2023-01-05,level3,10.00,no\n" },
        { "an empty person id", $"{Header}\n,retired,70,employer,2023-01-05,level3,10.00,no\n" },
        { "blank lines before a bad row", $"{Header}\n\n\n   \nA,retired,70,employer,2023-01-05,level9,10.00,no\n\nB,retired,70,employer,2023-01-05,level3,x,no\n" },
        { "CRLF line ends and no line end after the last row", $"{Header}\r\nA,retired,70,employer,2023-01-05,level3,10.00,no\r\nB,retired,70,employer,2023-01-05,level3,x,no" },
        { "a lone carriage return", $"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no\rB,retired,70,employer,2023-01-05,level3,x,no\n" },
        { "quoted cells, a quote in one, and a bad one", $"{Header}\n\"A\",\"retired\",70,employer,2023-01-05,level3,\"1,200.00\",no\n\"B\"\"x\",retired,70,employer,2023-01-05,level3,\"\",no\n" },
        { "a stray quote in a cell", $"{Header}\nA,ret\"ired,70,employer,2023-01-05,level3,10.00,no\nB,retired,70,employer,2023-01-05,level3,x,no\n" },
        { "a quoted cell over two lines", $"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,\"no\nmore\"\nB,retired,70,employer,2023-01-05,level3,x,no\n" },
        { "spaces around cells, Chinese and full-width spellings", $"{Header}\n A ,  退休 , 070 ,单位, 2023-01-05 ,三级, 10.00 ,否\nA,retired,７０,employer,２０２３-01-05,level3,１０.５,no\n" },
        { "a row longer and a row shorter than the header", $"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no,extra\nB,retired,70,employer,2023-01-05,level3,10.00\nC,retired,70,employer,2023-01-05\n" },
        { "trailing commas", $"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no,\nB,retired,70,employer,2023-01-05,level3,10.00,no,,\n" },
        { "ids Excel has damaged", $"{Header}\n3.20102E+17,retired,70,employer,2023-01-05,level3,10.00,no\n12345.0,retired,70,employer,2023-01-05,level3,10.00,no\n1e5x,retired,70,employer,2023-01-05,level3,10.00,no\nA.B,retired,70,employer,2023-01-05,level3,10.00,no\n" },
        { "ages out of range and written long", $"{Header}\nA,retired,151,employer,2023-01-05,level3,10.00,no\nB,retired,0150,employer,2023-01-05,level3,10.00,no\nC,retired,-1,employer,2023-01-05,level3,10.00,no\n" },
        { "a semicolon-separated file", "person;status;age;scheme;date;level;amount\nA;retired;70;employer;2023-01-05;level3;10.00\n" },
        { "a tab-separated file", "person\tstatus\tage\tscheme\tdate\tlevel\tamount\nA\tretired\t70\temployer\t2023-01-05\tlevel3\tx\n" },
        { "a header with a gap (PD0433)", "person,status,age,scheme,date,level,amount,,inpatient\nA,retired,70,employer,2023-01-05,level3,10.00,x,no\nB,retired,70,employer,2023-01-05,level3,10.00,,no\n" },
        { "Chinese headers and every column", "人员编号,人员类别,年龄,参保类型,DATE,level,AMOUNT,channel,place,designated,inpatient,old_worker,base\nA,退休,70,单位,2023-01-05,三级,10.00,pharmacy,local,true,false,false,9100\nA,退休,70,单位,2023-01-06,三级,10.00,onsite,local,false,true,false,9100.00\n" },
        { "a person described two ways on one date, plainly (PD0436)", "person,status,age,scheme,date,level,amount,base\nA,retired,70,employer,2023-01-05,level3,10.00,9100\nA,retired,70,employer,2023-01-05,level3,10.00,9200\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void StreamedIsTheWholeFileReaderOnText(string what, string csv) => Same(what, new UTF8Encoding(false).GetBytes(csv));

    [Theory]
    [InlineData("GBK bytes", new byte[] { 0x70, 0x65, 0x72, 0x73, 0x6F, 0x6E, 0x0A, 0xCD, 0xCB, 0xD0, 0xDD, 0x0A })]
    [InlineData("a UTF-16 mark", new byte[] { 0xFF, 0xFE, 0x70, 0x00 })]
    [InlineData("a truncated UTF-8 character at the end", new byte[] { 0x70, 0x0A, 0xE4, 0xB8 })]
    public void StreamedIsTheWholeFileReaderOnBytes(string what, byte[] bytes) => Same(what, bytes);

    /// <summary>Xiangtan's own input (person.accountMode, column account_mode), absent from a file and present in one.</summary>
    [Theory]
    [InlineData(FullHeader + "\nA,retired,70,employer,2023-01-05,level3,10.00,pharmacy,local,true,false,false,9100\nB,retired,70,employer,2023-01-05,level3,x,onsite,local,true,false,false,0\n")]
    [InlineData("person,status,age,scheme,date,level,amount,account_mode\nA,retired,70,employer,2023-01-05,level3,10.00,WithAccount\nA,retired,70,employer,2023-01-06,level3,10.00,\nB,retired,70,employer,2023-01-05,level3,10.00,bogus\n")]
    public void APolicysOwnInputIsReadAsTheWholeFileReaderReadsIt(string csv)
    {
        var declared = Properties.PolicyInvariantProperties.Load("xiangtan").Policy.Inputs.Declared;
        Assert.NotEmpty(declared);
        Same("xiangtan's input", new UTF8Encoding(false).GetBytes(csv), declared);
    }

    private static void Same(string what, byte[] bytes, IReadOnlyList<PolicyDsl.Semantics.Inputs.InputSymbol>? declared = null)
    {
        declared ??= [];
        using var file = new TempFile(bytes);
        using var error = new StringWriter();
        var whole = InputFiles.Claims(file.Path, declared, InputSettings.Default, error);
        // Read whole, and in parts as a large file is read on several cores: cut at line ends wherever they fall.
        foreach (var parts in new[] { 0, 2, 5 }) SameInParts(what, file.Path, declared, whole, error.ToString(), parts);
    }

    private static void SameInParts(string what, string path, IReadOnlyList<PolicyDsl.Semantics.Inputs.InputSymbol> declared, IReadOnlyList<PolicyDsl.Domain.Claim>? whole, string wholeError, int parts)
    {
        what = $"{what} ({parts} parts)";
        var (store, errors) = StreamedClaims.Read(path, declared, parts);
        using var streamedError = new StringWriter();
        PolicyDsl.Cli.Output.DiagnosticPrinter.PrintAll(streamedError, path, errors);
        Assert.True(wholeError == streamedError.ToString(), $"{what}:\nwhole:\n{wholeError}\nstreamed:\n{streamedError}");
        Assert.Equal(whole is null, store is null);
        // The cases named for an error do go wrong, so the agreement is about something.
        if (System.Text.RegularExpressions.Regex.Match(what, @"PD\d{4}") is { Success: true } id) Assert.Contains($"error {id.Value}", streamedError.ToString());
        if (whole is null) return;
        Assert.Equal(whole, Enumerable.Range(0, store!.Count).Select(store.Claim));
        // Persons in the same order, and every claim with its own row, whatever the parts.
        Assert.Equal(PolicyDsl.Cli.Commands.PersonGroups.Of(whole).Order, store.Groups().Order);
        var (one, _) = StreamedClaims.Read(path, declared, parts: 1);
        Assert.Equal(Enumerable.Range(0, one!.Count).Select(one.Row), Enumerable.Range(0, store.Count).Select(store.Row));
    }

    /// <summary>Each column's cells as files write them: plain, in another accepted spelling, padded, and bad.</summary>
    private static readonly string[][] Cells =
    [
        ["A", "B", "C", " A", "B ", "人员1", "P0000001", "3.2E+17", "12.0", ""],
        ["retired", "employed", "退休", "在职人员", " retired", "RETIRED", "", "x"],
        ["70", "40", "007", "150", "151", " 40", "４０", "", "-3", "4x"],
        ["employer", "flexible", "单位", "灵活就业", "employer ", "", "z"],
        ["2023-01-05", "2023-01-06", "2023/1/7", "2023年1月8日", "2023-01-05 14:30", "2023-02-30", "05/01/2023", " 2023-01-05", ""],
        ["level1", "level2", "level3", "三级", "一级", " level2", "", "level9"],
        ["10.00", "0.5", "1200", "1,200.00", "¥12.30", "12.345", "-1", " 9.99", "", "1e3", "１０.００"],
        ["pharmacy", "onsite", "internet", "药店", "", "shop"],
        ["local", "out_of_province", "省外", "", "moon"],
        ["true", "false", "是", "否", "TRUE", "1", "", "maybe"],
        ["false", "true", "no", "", "nope"],
        ["false", "true", "", "0", "2"],
        ["9100", "9100.00", "0", "22600.5", "", "9,100", "-5"],
    ];

    private const string FullHeader = "person,status,age,scheme,date,level,amount,channel,place,designated,inpatient,old_worker,base";

    /// <summary>
    /// Files of rows built from those cells (every one kind at random, so most rows have a bad cell, many are
    /// plain and some mix spellings) are read by the streamed reader exactly as by the whole-file reader.
    /// </summary>
    [Property(MaxTest = 200, Replay = "(2718281,82845905)")]
    public Property EveryMixOfCellsIsReadAsTheWholeFileReaderReadsIt() =>
        Prop.ForAll(Arb.From(RowsOf(Cells)), rows =>
        {
            var lines = rows.Select(r => string.Join(",", r.Select((pick, column) => Cells[column][pick])));
            Same(string.Join("\n", rows.Select(r => string.Join(",", r))), new UTF8Encoding(false).GetBytes(FullHeader + "\n" + string.Join("\n", lines) + "\n"));
        });

    /// <summary>Rows of picks, one per column, at most 12 rows; nine times in ten a column's first two cells, so that persons recur and rows are plain.</summary>
    private static Gen<int[][]> RowsOf(string[][] cells) =>
        Gen.Choose(0, 999).ArrayOf(cells.Length)
            .Select(r => r.Select((n, column) => n % 10 < 9 ? n % Math.Min(2, cells[column].Length) : n % cells[column].Length).ToArray())
            .ListOf().Select(rows => rows.Take(12).ToArray());

    /// <summary>
    /// Parts of more than one block each (a block is 65,536 rows), so the rows of every part after the first are moved
    /// into place across block ends: 300,000 rows in date order, persons met again and again, some described anew
    /// later in the year, some first seen in the second half.
    /// </summary>
    [Fact]
    public void PartsOfManyBlocksAreReadAsTheWholeFile()
    {
        var text = new StringBuilder(FullHeader + "\n");
        for (var i = 0; i < 300_000; i++)
        {
            var person = i < 150_000 ? i % 9_000 : i % 11_000;
            var age = 40 + person % 30 + (person % 7 == 0 && i > 200_000 ? 1 : 0);
            var day = new DateOnly(2024, 1, 1).AddDays(i * 365 / 300_000);
            text.Append(CultureInfo.InvariantCulture, $"Q{person},{(person % 3 == 0 ? "retired" : "employed")},{age},employer,{day:yyyy-MM-dd},level{1 + i % 3},{i % 500}.{i % 100:00},pharmacy,local,true,false,false,{person % 5 * 1000}\n");
        }
        Same("300,000 rows", new UTF8Encoding(false).GetBytes(text.ToString()));
    }

    [Fact]
    public void APlainFileIsReadFromItsBytes()
    {
        using var file = new TempFile($"{FullHeader}\r\nP1,retired,70,employer,2023-01-05,level3,10.00,pharmacy,local,true,false,false,9100\r\nP2,employed,40,flexible,2023-01-06,level1,0.5,onsite,out_of_province,false,true,true,0\r\n");
        var (store, errors) = StreamedClaims.Read(file.Path, []);
        Assert.Empty(errors);
        Assert.Equal(2, store!.StoredCompactly);
    }

    [Fact]
    public void ThePersonIsKeptOncePerDescription()
    {
        using var file = new TempFile($"{Header}\nA,retired,70,employer,2023-01-05,level3,10.00,no\nA,retired,70,employer,2023-01-06,level3,10.00,no\nA,employed,70,employer,2023-02-05,level3,20.00,no\n");
        var (store, errors) = StreamedClaims.Read(file.Path, []);
        Assert.Empty(errors);
        Assert.Same(store!.Claim(0).Person, store.Claim(1).Person);
        Assert.NotSame(store.Claim(0).Person, store.Claim(2).Person);
        Assert.Equal(1, store.Persons);
    }
}
