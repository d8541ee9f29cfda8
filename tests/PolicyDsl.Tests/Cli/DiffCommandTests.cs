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
            person,date,level,amount,old_fund,new_fund,fund_change,old_deductible,new_deductible,old_ratio,new_ratio,articles,note,old_cap,new_cap,changed
            A003,2023-03-01,level2,300.00,180.00,120.00,-60.00,0.00,100.00,0.6,0.6,same articles,,1500.00,1500.00,deductible; fund
            A003,2023-04-01,level3,500.00,240.00,300.00,60.00,100.00,0.00,0.6,0.6,same articles,,1500.00,1500.00,deductible; fund

            """.Replace("\r\n", "\n"), result.Out);
    }

    [Fact]
    public void TheTopUpReadingDiffersWhenAHigherLevelComesFirst()
    {
        var result = PolicyCommand.Run("diff", P("xiangtan.policy"), P("examples", "xiangtan-top-up.policy"),
            "--claims", P("examples", "xiangtan-claims.csv"), "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        // A004: 三级 100 (all of it deductible), then 二级 500.
        // Once per level: min(200 − 0, 300 − 100) = 200 → 60% × 300 = 180. Top-up: 200 − 100 = 100 → 60% × 400 = 240.
        Assert.Equal("""
            person,date,level,amount,old_fund,new_fund,fund_change,old_deductible,new_deductible,old_ratio,new_ratio,articles,note,old_cap,new_cap,changed
            A004,2023-03-20,level2,500.00,180.00,240.00,60.00,200.00,100.00,0.6,0.6,same articles,,1500.00,1500.00,deductible; fund

            """.Replace("\r\n", "\n"), result.Out);
    }

    [Fact]
    public void AReadingSwitchedByAParamIsComparedWithSetNew()
    {
        // 鞍山 三（二）: pharmacy cover is only explored. E01's 三级 prescription, 600元, after 400 of deductible met:
        // not covered → 0; covered → 50% × 600 = 300.
        var result = PolicyCommand.Run("diff", P("anshan.policy"), P("anshan.policy"), "--set-new", "pharmacyCovered=true",
            "--claims", P("examples", "claims.csv"), "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        Assert.Contains("E01,2024-07-08,level3,600.00,0.00,300.00,300.00,", result.Out);
        Assert.Equal(2, result.Out.Trim().Split('\n').Length);
    }

    [Fact]
    public void SetNewMustNameAParamOfThatPolicy()
    {
        var result = PolicyCommand.Run("diff", P("anshan.policy"), P("anshan.policy"), "--set-new", "pharmacyCoverd=true",
            "--claims", P("examples", "claims.csv"));
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("error PD0402: the policy has no param 'pharmacyCoverd'; did you mean 'pharmacyCovered'?", result.Error);
    }

    [Fact]
    public void ClaimsOneVersionCannotSettleAreLeftOutOfTheTotalsAndSayWhy()
    {
        // Old rules (jinan-before-2023): an out-of-province claim is unstated; the person's later claims wait on it.
        using var claims = new TempFile("""
            person,status,age,scheme,date,level,amount,place
            A,employed,40,employer,2024-03-01,level2,1000,local
            A,employed,40,employer,2024-04-01,level2,1000,out_of_province
            A,employed,40,employer,2024-05-01,level2,1000,local
            """);
        var result = PolicyCommand.Run("diff", P("examples", "jinan-before-2023.policy"), P("jinan.policy"), "--claims", claims.Path,
            "--set-old", "oldRulesFrom=2022-01-01", "--set-old", "deductibleOld=0元", "--set-old", "poolFundLimit=2000元", "--set-new", "sharedDeductible=0元");
        Assert.True(result.Exit == 0, result.Error);
        // Both settle only the first: old 60% × 1000 = 600, new 70% × 1000 = 700.
        Assert.StartsWith("3 of 3 claims change; over the 1 claims both settle, the fund pays 600.00元 under", result.Out);
        Assert.Contains("(+100.00元); 2 claims that one version cannot settle are left out of the totals", result.Out);
        Assert.Contains("not settled: after this person's claim of 2024-04-01, which could not be settled (PD0303:", result.Out);
        var csv = PolicyCommand.Run("diff", P("examples", "jinan-before-2023.policy"), P("jinan.policy"), "--claims", claims.Path, "--format", "csv",
            "--set-old", "oldRulesFrom=2022-01-01", "--set-old", "deductibleOld=0元", "--set-old", "poolFundLimit=2000元", "--set-new", "sharedDeductible=0元");
        // No change is stated where one side has no figure: 600 is 60% × 1000 (new: (70 − 10)% × 1000 = 600).
        Assert.Contains("A,2024-04-01,level2,1000.00,,600.00,,", csv.Out);
    }

    [Fact]
    public void TableSummarisesTheTotals()
    {
        var result = PolicyCommand.Run("diff", P("xiangtan.policy"), P("examples", "xiangtan-per-visit.policy"), "--claims", P("examples", "xiangtan-claims.csv"));
        Assert.StartsWith("2 of 12 claims change; over the 12 claims both settle, the fund pays 2580.00元 under", result.Out);
        Assert.Contains("180.00 → 120.00", result.Out);
    }

    [Fact]
    public void ChangedArticlesAreNamed()
    {
        using var changed = new TempFile(File.ReadAllText(P("xiangtan.policy")).Replace("| Level2 -> 60%                @ 第四条（二）", "| Level2 -> 65%                @ 第四条（二）修订"), ".policy");
        var result = PolicyCommand.Run("diff", P("xiangtan.policy"), changed.Path, "--claims", P("examples", "xiangtan-claims.csv"), "--format", "csv");
        Assert.Equal(0, result.Exit);
        // A001's first claim, 二级 500: 60% × (500 − 200) = 180 → 65% × 300 = 195.
        // The level-2 deductible still cites 第四条（二）, so only the new article is listed; the leading
        // apostrophe keeps Excel from taking "+第四条…" for a formula.
        Assert.Contains("A001,2023-01-05,level2,500.00,180.00,195.00,15.00,200.00,200.00,0.6,0.65,'+第四条（二）修订,", result.Out);
        // The cap is reached sooner, so the 3000元 三级 claim later in the year pays 15 less: 816 → 801.
        Assert.Contains("A001,2023-04-01,level3,3000.00,816.00,801.00,-15.00,", result.Out);
    }

    [Fact]
    public void AChangeOfTheCapAloneIsNamedEvenWhereTheFundIsTheSame()
    {
        using var raised = new TempFile(File.ReadAllText(P("xiangtan.policy")).Replace("| Employed -> 1500元           @ 第四条", "| Employed -> 1800元           @ 第四条"), ".policy");
        var result = PolicyCommand.Run("diff", P("xiangtan.policy"), raised.Path, "--claims", P("examples", "xiangtan-claims.csv"), "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        // A001's first claim, 二级 500: 60% × (500 − 200) = 180 under either cap; only the cap differs.
        Assert.Contains("A001,2023-01-05,level2,500.00,180.00,180.00,0.00,200.00,200.00,0.6,0.6,same articles,,1500.00,1800.00,cap\n", result.Out.Replace("\r\n", "\n"));
        // A001's 3000元 三级 claim: 1500 − 684 = 816 of room before, 1800 − 684 = 1116 after; 60% × 3000 = 1800 > 1116.
        Assert.Contains("A001,2023-04-01,level3,3000.00,816.00,1116.00,300.00,0.00,0.00,0.6,0.6,same articles,,1500.00,1800.00,cap; fund", result.Out);
        var table = PolicyCommand.Run("diff", P("xiangtan.policy"), raised.Path, "--claims", P("examples", "xiangtan-claims.csv"));
        Assert.Contains("1500.00 → 1800.00", table.Out);
    }
}
