using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>`policy diff`: which claims change between two versions of a policy, and by how much.</summary>
public class DiffCommandTests
{
    private static string P(params string[] parts) => Repository.Path(["policies", .. parts]);

    [Fact]
    public void TheTwoReadingsOfXiangtanArticleFourDifferOnRepeatedVisits()
    {
        var result = PolicyCommand.Run("diff", P("xiangtan.policy"), P("examples", "xiangtan-per-visit.policy"),
            "--claims", P("examples", "xiangtan-claims.csv"), "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        // A003: 二级 300, 二级 300, 三级 500, all at 60%.
        // Once per level:  deductibles 200, 0, 100 (300 − 200 left) → funds 60, 180, 240.
        // Per visit:       deductibles 200, 100 (300 − 200 left), 0 → funds 60, 120, 300.
        Assert.Equal("""
            person,date,level,amount,old_fund,new_fund,fund_change,old_deductible,new_deductible,old_ratio,new_ratio,articles,note
            A003,2023-03-01,level2,300.00,180.00,120.00,-60.00,0.00,100.00,0.6,0.6,same articles,
            A003,2023-04-01,level3,500.00,240.00,300.00,60.00,100.00,0.00,0.6,0.6,same articles,

            """.Replace("\r\n", "\n"), result.Out);
    }

    [Fact]
    public void TableSummarisesTheTotals()
    {
        var result = PolicyCommand.Run("diff", P("xiangtan.policy"), P("examples", "xiangtan-per-visit.policy"), "--claims", P("examples", "xiangtan-claims.csv"));
        Assert.StartsWith("2 of 10 claims change; the fund pays 2400.00元 under", result.Out);
        Assert.Contains("180.00 → 120.00", result.Out);
    }

    [Fact]
    public void ChangedArticlesAreNamed()
    {
        using var changed = new TempFile(File.ReadAllText(P("xiangtan.policy")).Replace("| Level2 -> 60%                @ 第四条（二）", "| Level2 -> 65%                @ 第四条（二）修订"), ".policy");
        var result = PolicyCommand.Run("diff", P("xiangtan.policy"), changed.Path, "--claims", P("examples", "xiangtan-claims.csv"), "--format", "csv");
        Assert.Equal(0, result.Exit);
        // A001's first claim, 二级 500: 60% × (500 − 200) = 180 → 65% × 300 = 195.
        // The level-2 deductible still cites 第四条（二）, so only the new article is listed.
        Assert.Contains("A001,2023-01-05,level2,500.00,180.00,195.00,15.00,200.00,200.00,0.6,0.65,+第四条（二）修订,", result.Out);
        // The cap is reached sooner, so the 3000元 三级 claim later in the year pays 15 less: 816 → 801.
        Assert.Contains("A001,2023-04-01,level3,3000.00,816.00,801.00,-15.00,", result.Out);
    }
}
