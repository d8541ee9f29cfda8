using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>`policy compare`, `policy emit cs` and `policy test` end to end, on the shipped policies.</summary>
public class CompareAndEmitCommandTests
{
    private static string P(string name) => Repository.Path("policies", name);

    [Fact]
    public void CompareShowsEveryCityAndFlagsAssumptions()
    {
        var result = PolicyCommand.Run("compare", P("xiangtan.policy"), P("jinan.policy"), "--claims", P(Path.Combine("examples", "claims.csv")),
            "--params", P("assumptions.params"), "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        var rows = result.Out.Trim().Split('\n');
        Assert.Equal("person,date,level,amount,policy,city,settled,fund,personal,assumed,note", rows[0]);
        Assert.Equal(1 + 14 * 2, rows.Length);
        // E01's 80元 at a community clinic: 湘潭 一级/基层 70%, no deductible → 56.00; 济南 200 assumed deductible → 0.
        Assert.StartsWith("E01,2024-02-05,primary,80.00,xiangtan,湘潭市,yes,56.00,24.00,no,", rows[1]);
        Assert.StartsWith("E01,2024-02-05,primary,80.00,jinan,济南市,yes,0.00,80.00,yes,sharedDeductible=200元 (assumed:", rows[2]);
    }

    [Fact]
    public void CompareMarksClaimsAPolicyCannotSettle()
    {
        using var claims = new TempFile("person,status,age,scheme,date,level,amount\nA,employed,40,flexible,2024-03-01,level2,100\nB,employed,40,employer,2024-03-01,level2,100\n");
        var result = PolicyCommand.Run("compare", P("chongqing.policy"), P("anshan.policy"), "--claims", claims.Path);
        Assert.Equal(0, result.Exit);
        Assert.Contains("n/a", result.Out);
        Assert.Contains("chongqing: PD0303: the notice does not state this value: 第六条未规定该参保方式的年度支付限额", result.Out);
        Assert.Contains("2/2", result.Out); // anshan settles both
    }

    [Fact]
    public void CompareRejectsASetNoPolicyDeclares()
    {
        var result = PolicyCommand.Run("compare", P("xiangtan.policy"), "--claims", P(Path.Combine("examples", "claims.csv")), "--set", "nothing=1元");
        Assert.Equal(1, result.Exit);
        Assert.Contains("error PD0402: the policy has no param 'nothing' (none of the policies declares it)", result.Error);
    }

    [Fact]
    public void EmitCsPrintsTheClass()
    {
        var result = PolicyCommand.Run("emit", "cs", P("chongqing.policy"));
        Assert.Equal(0, result.Exit);
        Assert.Contains("public static class ChongqingPolicy", result.Out);
        Assert.Contains("/* @ 第四条 */ 200m", result.Out);
    }

    [Fact]
    public void TestCommandRunsEveryShippedCaseFile()
    {
        // Files are named explicitly: without them the command looks in ./policies, and tests must not change the working directory.
        var files = Directory.GetFiles(Repository.Path("policies"), "*.cases");
        var result = PolicyCommand.Run(["test", .. files]);
        Assert.True(result.Exit == 0, result.Out + result.Error);
        Assert.Matches(@"\n\d+ passed, 0 failed\n$", result.Out);
    }
}
