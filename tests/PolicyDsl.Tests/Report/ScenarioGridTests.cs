using PolicyDsl.Cli.Scenarios;
using PolicyDsl.Domain;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Report;

/// <summary>The scenario grid: how a point becomes claims, which year they fall in, and `policy scenarios`.</summary>
public class ScenarioGridTests
{
    private static string P(string name) => Repository.Path("policies", name);

    [Fact]
    public void APointIsFourEqualClaimsOnTheFifteenthOfJanuaryAprilJulyAndOctober()
    {
        var point = new ScenarioPoint(ScenarioGrid.Persons[0], HospitalLevel.Level2, 2000m);
        var claims = ScenarioGrid.Claims(point, 2024);
        Assert.Equal([new DateOnly(2024, 1, 15), new DateOnly(2024, 4, 15), new DateOnly(2024, 7, 15), new DateOnly(2024, 10, 15)], claims.Select(c => c.Date));
        Assert.All(claims, c => Assert.Equal(500m, c.Amount));                       // 2000 / 4
        Assert.All(claims, c => Assert.Equal(("employed45-level2-2000", InsuredStatus.Employed, 45, Scheme.Employer), (c.Person.Id, c.Person.Status, c.Person.Age, c.Person.Scheme)));
    }

    [Fact]
    public void TheClaimsAddUpToTheSpendToTheFen()
    {
        // 0.10 / 4 = 0.025: three claims of 0.02, the last 0.10 − 0.06 = 0.04.
        var claims = ScenarioGrid.Claims(new ScenarioPoint(ScenarioGrid.Persons[1], HospitalLevel.Primary, 0.10m), 2024);
        Assert.Equal([0.02m, 0.02m, 0.02m, 0.04m], claims.Select(c => c.Amount));
        Assert.Empty(ScenarioGrid.Claims(new ScenarioPoint(ScenarioGrid.Persons[1], HospitalLevel.Primary, 0m), 2024));
    }

    [Fact]
    public void TheGridIsThreePersonsFourLevelsAndFortyOneSpends()
    {
        Assert.Equal(41, ScenarioGrid.Spends.Count);                                 // 0, 500, …, 20000
        Assert.Equal(20000m, ScenarioGrid.Spends[^1]);
        Assert.Equal(3 * 4 * 41, ScenarioGrid.Points.Count);
        Assert.Equal([45, 68, 75], ScenarioGrid.Persons.Select(p => p.Age));
    }

    [Fact]
    public void TheYearIsTheFirstWholeYearEveryPolicyIsInForce()
    {
        // 湘潭 from 2022-10-01 and 鞍山 from 2022-11-01 → 2023; 济南 2023-01-01 → 2023; 重庆 2024-01-01 → 2024: all five → 2024.
        var result = PolicyCommand.Run("scenarios", Repository.Path("policies"), "--params", P("assumptions.params"));
        Assert.True(result.Exit == 0, result.Error);
        var lines = result.Out.TrimEnd().Split('\n');
        Assert.StartsWith("person,status,age,scheme,date,level,amount,", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",2024-", l));
        Assert.Equal(3 * 4 * 40 * 4, lines.Length - 1);                             // 40 non-zero spends, 4 claims each
        var xiangtanOnly = PolicyCommand.Run("scenarios", P("xiangtan.policy"));
        Assert.Contains(",2023-01-15,", xiangtanOnly.Out);                           // from 2022-10-01: 2023 is its first whole year
    }

    [Fact]
    public void AYearAPolicyIsNotWhollyInForceIsRefused()
    {
        var result = PolicyCommand.Run("scenarios", P("chongqing.policy"), P("xiangtan.policy"), "--year", "2023");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("chongqing is not in force for the whole of 2023 (2024-01-01 – no end date)", result.Error);
    }

    [Fact]
    public void APeriodStartingAtAParamWithoutValueIsNamed()
    {
        var result = PolicyCommand.Run("scenarios", P("chuxiong.policy"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("param 'effectiveDate', which has no value", result.Error);
    }

    [Fact]
    public void TheScenarioClaimsAreReadByCompare()
    {
        using var claims = new TempFile("");
        var written = PolicyCommand.Run("scenarios", P("xiangtan.policy"), P("chongqing.policy"), "--out", claims.Path);
        Assert.True(written.Exit == 0, written.Error);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(claims.Path)[..3]);      // a BOM, for Excel
        var compared = PolicyCommand.Run("compare", P("xiangtan.policy"), "--claims", claims.Path, "--format", "csv");
        Assert.True(compared.Exit == 0, compared.Error);
        // Xiangtan 二级, reading A (deductible met once a year): 500 → 60% × (500 − 200) = 180, then 60% × 500 = 300 three times.
        var funds = compared.Out.Split('\n').Where(l => l.StartsWith("employed45-level2-2000,", StringComparison.Ordinal)).Select(l => l.Split(',')[7]);
        Assert.Equal(["180.00", "300.00", "300.00", "300.00"], funds);
    }
}
