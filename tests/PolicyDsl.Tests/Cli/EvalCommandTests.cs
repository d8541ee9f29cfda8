using System.Text.Json;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>`policy eval` end to end: the CSV contract, JSON with traces, the table, and bad input.</summary>
public class EvalCommandTests
{
    private static readonly string Data = Repository.Path("tests", "PolicyDsl.Tests", "Data", "cli");
    private static string F(string name) => Path.Combine(Data, name);

    [Fact]
    public void CsvOutputIsTheContract()
    {
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        // A, 2023-01-01, 二级 50元: deductible 100 − 0 = 100, clamped to the 50 eligible; fund 0.
        // A, 2023-02-01, 三级 300元: deductible 100 − 50 = 50; fund 50% × (300 − 50) = 125; personal 175.
        // B, 2023-03-01, inpatient: excluded; fund 0; personal 1000; retiree cap 2000, but no cap applied (caps empty).
        // caps: the annual cap applied to A's claims with room 1500 − 0 and 1500 − 0 (the first paid nothing); neither bit.
        Assert.Equal("""
            person,date,level,amount,eligible,deductible,ratio,fund,personal,fund_ytd,cap,citations,assumptions,caps,unsettled
            A,2023-01-01,level2,50.00,50.00,50.00,0.6,0.00,50.00,0.00,1500.00,第一条; 第二条; 第三条（一）; 第四条,,1500.00 (room 1500.00),
            A,2023-02-01,level3,300.00,300.00,50.00,0.5,125.00,175.00,125.00,1500.00,第一条; 第二条; 第三条（三）; 第四条,,1500.00 (room 1500.00),
            B,2023-03-01,level2,1000.00,0.00,0.00,0.6,0.00,1000.00,0.00,2000.00,第二条; 第三条（一）; 第四条; 第五条,,,

            """.Replace("\r\n", "\n"), result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void JsonCarriesTheTrace()
    {
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--format", "json", "--trace");
        Assert.Equal(0, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        var second = json.RootElement[1];
        Assert.Equal(125m, second.GetProperty("fund").GetDecimal());
        var steps = second.GetProperty("trace").EnumerateArray().Select(s => s.GetProperty("step").GetString()).ToList();
        Assert.Equal(["excluded", "eligible", "deductible", "ratio", "cap", "fund", "personal"], steps);
        Assert.Equal("住院期间", json.RootElement[2].GetProperty("excluded_by").GetString());
    }

    [Fact]
    public void TableShowsTotalsExclusionsAndTraces()
    {
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--trace");
        Assert.Equal(0, result.Exit);
        Assert.Contains("excluded: 住院期间", result.Out);
        Assert.Contains("3 claims: fund pays 125.00元, persons pay 1225.00元", result.Out);
        Assert.Contains("@ 第三条（三）", result.Out);
    }

    [Fact]
    public void TableInChineseWithLangZh()
    {
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--lang", "zh");
        Assert.True(result.Exit == 0, result.Error);
        var header = result.Out.Split('\n')[1];
        // The prelude's Chinese headers, the same ones the CSV and workbook get with --lang zh.
        Assert.Matches(@"人员编号\s*│\s*就诊日期\s*│\s*医院等级\s*│\s*金额", header);
        Assert.Contains("统筹基金支付", header);
        Assert.DoesNotContain("person", header);
        Assert.Contains("│ 二级", result.Out);
        Assert.Contains("不予支付：住院期间", result.Out);
        // The same totals as the English table: 125.00 and 1225.00 (50 + 175 + 1000).
        Assert.Contains("共 3 笔：统筹基金支付 125.00元，个人负担 1225.00元", result.Out);
    }

    [Theory]
    [InlineData("compare", "│ 政策", "│ policy")]
    [InlineData("simulate", "│ 政策", "│ policy")]
    [InlineData("values", "│ 政策", "│ policy")]
    [InlineData("params", "│ 参数", "│ param")]
    public void EveryTableTakesLangZh(string command, string chinese, string english)
    {
        string[] input = command is "compare" or "simulate" ? ["--claims", Repository.Path("policies", "examples", "xiangtan-claims.csv")] : [];
        var zh = PolicyCommand.Run([command, Repository.Path("policies", "xiangtan.policy"), .. input, "--lang", "zh"]);
        var en = PolicyCommand.Run([command, Repository.Path("policies", "xiangtan.policy"), .. input]);
        Assert.True(zh.Exit == 0, zh.Error);
        Assert.Contains(chinese, zh.Out);
        Assert.DoesNotContain(english, zh.Out);
        Assert.Contains(english, en.Out);
    }

    public static TheoryData<string, string, string> BadClaims() => new()
    {
        { "person,status,age,scheme,date,level,amount\nA,employed,40,employer,2023-01-01,level2,-5\n", ":2:7", "PD0412: column 'amount': '-5' is negative" },
        { "person,status,age,scheme,date,level,amount\nA,employed,40,employer,2023-01-01,level2,abc\n", ":2:7", "PD0412: column 'amount': 'abc' is not an amount in yuan" },
        { "person,status,age,scheme,date,level,amount\nA,employed,40,employer,2023-01-01,level2,1.005\n", ":2:7", "PD0412: column 'amount': '1.005' has more than two decimals (the fen is the smallest unit)" },
        { "person,status,age,scheme,date,level,amount\nA,employed,40,employer,2023-01-01,level9,5\n", ":2:6", "PD0412: column 'level': 'level9' is not one of primary, level1, level2, level3, specialist" },
        { "person,status,age,scheme,date,level,amount\nA,employed,40,employer,2023-13-01,level2,5\n", ":2:5", "PD0412: column 'date': '2023-13-01' is not a date; write 2023-01-05" },
        { "person,status,age,scheme,date,level,amount\nA,employed,x,employer,2023-01-01,level2,5\n", ":2:3", "PD0412: column 'age': 'x' is not a whole number from 0 to 150" },
        { "person,status,age,scheme,date,level,amount\n,employed,40,employer,2023-01-01,level2,5\n", ":2:1", "PD0412: column 'person': is empty" },
        { "person,status,age,scheme,date,level,amount,inpatient\nA,employed,40,employer,2023-01-01,level2,5,maybe\n", ":2:8", "PD0412: column 'inpatient': 'maybe' is not true or false" },
        { "person,status,age,scheme,date,level\nA,employed,40,employer,2023-01-01,level2\n", ":1", "PD0410: the header has no column 'amount'" },
        { "person,status,age,scheme,date,level,amount,amount\n", ":1", "PD0411: column 'amount' appears twice in the header" },
        { "", "", "PD0413: the file is empty; it needs a header row" },
        { "person,status,age,scheme,date,level,amount\n\"A,employed,40,employer,2023-01-01,level2,5\n", ":2", "PD0416: this is not well-formed CSV:" },
    };

    [Theory]
    [MemberData(nameof(BadClaims))]
    public void BadClaimRowsStopWithRowColumnAndValueAndWriteNothing(string csv, string where, string message)
    {
        using var claims = new TempFile(csv);
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--format", "csv");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"{claims.Path}{where}: error {message}", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void BlankLinesAreSkippedAndRowsKeepTheirNumbers()
    {
        using var claims = new TempFile("person,status,age,scheme,date,level,amount\n\nA,employed,40,employer,2023-01-01,level2,5\n\nA,employed,40,employer,2023-01-02,level9,5\n\n");
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path);
        Assert.Contains($"{claims.Path}:5:6: error PD0412: column 'level': 'level9'", result.Error);
    }

    [Fact]
    public void MissingFilesAreReportedPlainly()
    {
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("no-such.csv"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("error PD0415: cannot read the file: no such file", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void BrokenPolicyIsReportedAndNothingIsWritten()
    {
        using var policy = new TempFile(File.ReadAllText(F("simple.policy")).Replace("rule eligible = claim.amount", "rule eligible = claim.amount +"), ".policy");
        var result = PolicyCommand.Run("eval", policy.Path, "--claims", F("claims.csv"));
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("error PD0001", result.Error);
        Assert.Contains("the policy has errors; run 'policy check", result.Error);
    }

    [Fact]
    public void AClaimOutsideThePeriodInForceIsUnsettledAndTheOthersStillSettle()
    {
        using var claims = new TempFile("person,status,age,scheme,date,level,amount\nA,employed,40,employer,2023-01-01,level2,5\nA,employed,40,employer,2022-06-01,level2,5\n" +
            "B,employed,40,employer,2023-02-01,level3,300\n");
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", claims.Path, "--format", "csv");
        Assert.Equal(1, result.Exit);
        var rows = result.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // B settles on its own: 三级 300元 with nothing met, deductible 100, fund 50% × (300 − 100) = 100.
        Assert.StartsWith("B,2023-02-01,level3,300.00,300.00,100.00,0.5,100.00,200.00,", rows.Single(r => r.StartsWith("B,", StringComparison.Ordinal)));
        // A's 2022 claim is before the policy; A's 2023 claim waits on it, since its deductible depends on it.
        Assert.Contains("PD0301: the claim of A is dated 2022-06-01, outside the period in force", rows.Single(r => r.StartsWith("A,2022-06-01", StringComparison.Ordinal)));
        Assert.Contains("after this person's claim of 2022-06-01, which could not be settled", rows.Single(r => r.StartsWith("A,2023-01-01", StringComparison.Ordinal)));
        Assert.Contains("claim 2 (A, 2022-06-01) not settled: PD0301", result.Error);
        Assert.Contains("2 of 3 claims could not be settled; the other 1 are in the output", result.Error);
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        var result = PolicyCommand.Run("eval", F("simple.policy"), "--claims", F("claims.csv"), "--format", "xml");
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("policy: Argument 'xml' not recognized", result.Error);
        Assert.Contains("run 'policy eval --help' for usage", result.Error);
    }
}
