using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>`policy account` end to end, with parameters from a params file and --set.</summary>
public class AccountCommandTests
{
    private static readonly string Data = Repository.Path("tests", "PolicyDsl.Tests", "Data", "cli");
    private static string F(string name) => Path.Combine(Data, name);

    [Fact]
    public void AssumedParameterIsFlaggedInTheOutput()
    {
        var result = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", "2023-05",
            "--params", F("assumed.params"), "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        // A: 6000 × 2% = 120.00. B (retired): 3500 (assumed) × 2% = 70.00.
        Assert.Equal("""
            person,month,credit,citations,assumptions,uncredited
            A,2023-05,120.00,第十条,,
            B,2023-05,70.00,第十条,pension=3500元 (assumed: 测试假设：养老金平均水平),

            """.Replace("\r\n", "\n"), result.Out);
    }

    [Fact]
    public void SetOverridesAndIsNotAnAssumption()
    {
        var result = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", "2023-05",
            "--params", F("assumed.params"), "--set", "pension=4000元", "--format", "csv");
        Assert.Equal(0, result.Exit);
        Assert.Contains("B,2023-05,80.00,第十条,,\n", result.Out); // 4000 × 2%
    }

    [Fact]
    public void APersonThatCannotBeCreditedIsListedAndTheOthersAreCredited()
    {
        // B (retired) needs 'pension', which has no value; A (employed, 6000 × 2% = 120.00) does not.
        var result = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", "2023-05", "--format", "csv");
        Assert.Equal(1, result.Exit);
        Assert.Equal("""
            person,month,credit,citations,assumptions,uncredited
            A,2023-05,120.00,第十条,,
            B,2023-05,,,,PD0302: parameter 'pension' (Money) has no value: 养老金平均水平（通知未载明）

            """.Replace("\r\n", "\n"), result.Out);
        Assert.Contains("error PD0302: person 2 (B): parameter 'pension' (Money) has no value: 养老金平均水平（通知未载明）", result.Error);
        Assert.Contains("hint: supply it with --set pension=VALUE or a line 'pension = VALUE' in a --params file", result.Error);
        Assert.Contains("1 of 2 persons could not be credited; the other 1 were", result.Error);
    }

    [Fact]
    public void UncreditedPersonsShowInTableAndJson()
    {
        var table = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", "2023-05");
        Assert.Equal(1, table.Exit);
        Assert.Contains("n/a", table.Out);
        Assert.Contains("1 persons: 120.00元 credited; 1 could not be credited (n/a)", table.Out);
        var json = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", "2023-05", "--format", "json");
        Assert.Equal(1, json.Exit);
        Assert.Contains("\"credit\": null", json.Out);
        Assert.Contains("\"code\": \"PD0302\"", json.Out);
    }

    [Theory]
    [InlineData("2023-5x")]
    [InlineData("May")]
    public void BadMonth(string month)
    {
        var result = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", month);
        Assert.Equal(1, result.Exit);
        Assert.Contains($"--month: error PD0414: '{month}' is not a month; write it as YYYY-MM", result.Error);
    }

    [Fact]
    public void BadSetValue()
    {
        var result = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", "2023-05", "--set", "pension=3500");
        Assert.Equal(1, result.Exit);
        Assert.Contains("--set: error PD0403: pension: '3500' is Int, but the parameter is Money (write it like 3500元)", result.Error);
    }

    [Fact]
    public void TableAndJsonFormats()
    {
        var table = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", "2023-05", "--params", F("assumed.params"));
        Assert.Contains("⚠ assumed: pension", table.Out);
        Assert.Contains("2 persons: 190.00元 credited", table.Out);
        var json = PolicyCommand.Run("account", F("simple.policy"), "--persons", F("persons.csv"), "--month", "2023-05", "--params", F("assumed.params"), "--format", "json");
        Assert.Contains("\"credit\": 70.00", json.Out);
    }
}
