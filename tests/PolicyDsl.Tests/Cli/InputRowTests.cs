using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// Rows as analysts' spreadsheets write them: Excel-style values read where they mean one thing,
/// every bad row reported in one run, no cell dropped, no misspelt column left to its default, and a
/// person described one way per date (per file, for persons).
/// </summary>
public class InputRowTests
{
    private static readonly string Data = Repository.Path("tests", "PolicyDsl.Tests", "Data", "cli");
    private static string F(string name) => Path.Combine(Data, name);

    private const string Header = "person,status,age,scheme,date,level,amount,inpatient";

    private static PolicyCommand.Result Eval(string csv, params string[] more)
    {
        using var claims = new TempFile(csv);
        var result = PolicyCommand.Run(["eval", F("simple.policy"), "--claims", claims.Path, "--format", "csv", .. more]);
        return result with { Error = result.Error.Replace(claims.Path, "claims.csv") };
    }

    [Fact]
    public void ExcelStyleValuesAreReadAsTheyMean()
    {
        var result = Eval($"""
            {Header}
            A,退休人员,70,单位,2023年1月5日,三级,"1,200.00",否
            A,退休,70,单位,2023/1/6,三级,¥500.00,FALSE
            A,retired,70,employer,2023.1.7,level3,￥300,0
            A,retired,70,employer,2023/1/8 0:00,level3,100元,no
            A,retired,70,employer,2023-01-09,level3,"1,000",TRUE
            A,retired,７０,employer,２０２３-０１-１０,level3,１２０,０
            A,retired,70,employer,2023-01-11T09:30:00,level3,10,0
            A,retired,70,employer,2023/1/12 14:05,level3,10,0
            A,retired,70,employer,2023-01-13T23:59:59.5+08:00,level3,10,0
            """);
        Assert.True(result.Exit == 0, result.Error);
        var rows = result.Out.Trim().Split('\n').Skip(1).Select(r => string.Join(",", r.Split(',').Take(4))).ToList();
        Assert.Equal(["A,2023-01-05,level3,1200.00", "A,2023-01-06,level3,500.00", "A,2023-01-07,level3,300.00", "A,2023-01-08,level3,100.00", "A,2023-01-09,level3,1000.00", "A,2023-01-10,level3,120.00",
            "A,2023-01-11,level3,10.00", "A,2023-01-12,level3,10.00", "A,2023-01-13,level3,10.00"], rows);
        Assert.Contains(",1000.00,0.00,", result.Out.Split('\n')[5]);   // TRUE: inpatient, so excluded (eligible 0.00)
    }

    public static TheoryData<string, string> Refused() => new()
    {
        { "A,employed,40,employer,2023-01-05,level3,\"1,20.00\",", "claims.csv:2:7: error PD0412: column 'amount': '1,20.00' has a comma out of place (thousands are grouped in threes: 1,200.00); write yuan as 1200.00, \"1,200.00\", ¥1200.00, ￥1200.00 or 1200元" },
        { "A,employed,40,employer,1/5/2023,level3,5,", "claims.csv:2:5: error PD0412: column 'date': '1/5/2023' puts the year last, so day and month could be either way round; write 2023-01-05, 2023/1/5, 2023.1.5 or 2023年1月5日" },
        { "A,employed,40,employer,2023-01-05,level3,5,maybe", "claims.csv:2:8: error PD0412: column 'inpatient': 'maybe' is not true or false; write true/false, TRUE/FALSE, 是/否, yes/no or 1/0" },
        { "A,在岗,40,employer,2023-01-05,level3,5,", "claims.csv:2:2: error PD0412: column 'status': '在岗' is not one of employed, retired, or in Chinese 在职, 在职人员, 在职职工, 退休, 退休人员, 退休职工" },
        { "A,employed,40,employer,2023-01-05,level3,-5,", "claims.csv:2:7: error PD0412: column 'amount': '-5' is negative" },
        // 16:30 UTC on the 4th is already the 5th in China: the day cannot be read off the text.
        { "A,employed,40,employer,2023-01-04T16:30:00Z,level3,5,", "claims.csv:2:5: error PD0412: column 'date': '2023-01-04T16:30:00Z' is a time in UTC, whose day in China (UTC+8) may be another" },
        { "A,employed,40,employer,2023-01-05 25:00,level3,5,", "claims.csv:2:5: error PD0412: column 'date': '2023-01-05 25:00' is not a date" },
        // An 18-digit id (a 身份证号) saved by Excel as a number: 3.20102E+17 has lost its last twelve digits.
        { "3.20102E+17,employed,40,employer,2023-01-05,level3,5,", "claims.csv:2:1: error PD0412: column 'person': '3.20102E+17' is a number in scientific notation, as Excel shows a long id stored as a number, with its last digits lost; format the column as text" },
        { "12345.0,employed,40,employer,2023-01-05,level3,5,", "claims.csv:2:1: error PD0412: column 'person': '12345.0' is an id written as a decimal number" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void AmbiguousOrWrongValuesAreNamedWithTheAcceptedSpellings(string row, string error)
    {
        var result = Eval($"{Header}\n{row}\n");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains(error, result.Error);
    }

    [Fact]
    public void ARowWithMoreCellsThanTheHeaderIsAnErrorNotADroppedCell()
    {
        var result = Eval("person,status,age,scheme,date,level,amount\nA,employed,40,employer,2023-01-05,level3,1,200.00\n");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("claims.csv:2:8: error PD0433: the row has a value '200.00' in column 8, which has no header; the header has 7 columns", result.Error);
        Assert.Contains("hint: an unquoted comma splits a cell: write 1,200.00 as \"1,200.00\" or 1200.00", result.Error);
    }

    [Fact]
    public void EmptyCellsPastTheHeaderAndShortRowsAreFine()
    {
        // Excel leaves the trailing empty cells off some rows, and other tools add a trailing comma.
        var result = Eval($"{Header}\nA,employed,40,employer,2023-01-05,level3,5,,\nA,employed,40,employer,2023-01-06,level3,5\n");
        Assert.True(result.Exit == 0, result.Error);
    }

    [Fact]
    public void EveryBadRowIsReportedUpToTwentyThenCounted()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 25).Select(i => $"P{i},employed,40,employer,2023-01-05,level9,5,"));
        var result = Eval($"{Header}\n{rows}\nQ,employed,x,employer,2023-01-05,level3,abc,\n");
        Assert.Equal(1, result.Exit);
        Assert.Equal(20, result.Error.Split('\n').Count(l => l.Contains("error PD0412")));
        Assert.Contains("claims.csv:2:6: error PD0412", result.Error);
        Assert.Contains("claims.csv:21:6: error PD0412", result.Error);
        Assert.Contains("claims.csv: and 7 more errors, not shown (the first 20 are above)", result.Error);
        Assert.Contains("claims.csv: 27 errors; the file was not used", result.Error);
    }

    [Fact]
    public void TwoBadCellsOfOneRowAreBothNamed()
    {
        var result = Eval($"{Header}\nQ,employed,x,employer,2023-01-05,level3,abc,\n");
        Assert.Contains("claims.csv:2:3: error PD0412: column 'age'", result.Error);
        Assert.Contains("claims.csv:2:7: error PD0412: column 'amount'", result.Error);
    }

    [Theory]
    [InlineData("chanel", "channel", 9)]
    [InlineData("Old Worker", "old_worker", 9)]
    [InlineData("住院期", "住院期间", 9)]
    public void AMisspeltColumnIsAnErrorNotASilentDefault(string header, string meant, int column)
    {
        var result = Eval($"person,status,age,scheme,date,level,amount,note,{header}\nA,employed,40,employer,2023-01-05,level3,5,x,pharmacy\n");
        Assert.Equal(1, result.Exit);
        Assert.Contains($"claims.csv:1:{column}: error PD0434: column '{header}' is not one the tool reads; did you mean '{meant}'?", result.Error);
    }

    [Fact]
    public void ClaimsOfOnePersonOnOneDateMustAgreeOnThePerson()
    {
        var result = Eval($"{Header}\nA,employed,40,employer,2023-01-05,level3,5,\nA,employed,40,employer,2023-01-06,level3,5,\nA,retired,40,employer,2023-01-05,level3,5,\n");
        Assert.Equal(1, result.Exit);
        Assert.Contains("claims.csv:4:2: error PD0436: person 'A' on 2023-01-05: column 'status' is 'retired' here but 'employed' in row 2", result.Error);
    }

    [Fact]
    public void APersonMayChangeBetweenDates()
    {
        var result = Eval($"{Header}\nA,employed,59,employer,2023-01-05,level3,5,\nA,退休,60,单位,2023-06-05,level3,5,\n");
        Assert.True(result.Exit == 0, result.Error);
    }

    [Theory]
    [InlineData("A,retired,70,employer,0", ", with other facts")]
    [InlineData("A,employed,40,employer,6000", ", with the same facts")]
    public void APersonListedTwiceInAPersonsFileIsAnError(string again, string how)
    {
        using var persons = new TempFile($"person,status,age,scheme,base\nA,employed,40,employer,6000\nB,retired,70,employer,0\n{again}\n");
        var result = PolicyCommand.Run("account", F("simple.policy"), "--persons", persons.Path, "--month", "2023-03", "--params", F("assumed.params"));
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"{persons.Path}:4:1: error PD0435: person 'A' is listed again; first in row 2{how}", result.Error);
    }
}
