using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// Claims files are read with the prelude's columns and the policy's declared ones, each under its
/// English or Chinese header; a required declared column must be there, and compared policies must
/// agree on an input they share.
/// </summary>
public class DeclaredColumnsTests
{
    private static string Example(string name) => Repository.Path("policies", "examples", name);

    [Fact]
    public void ADeclaredColumnIsReadUnderItsChineseHeaderAndDefaultsWhenEmpty()
    {
        using var claims = new TempFile("""
            人员编号,人员类别,年龄,参保类型,就诊日期,医院等级,金额,签约家庭医生
            S,在职,40,单位,2026-02-01,基层,1000,是
            U,在职,40,单位,2026-02-01,基层,1000,
            """);
        var result = PolicyCommand.Run("eval", Example("contract.policy"), "--claims", claims.Path, "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        var rows = result.Out.Trim().Split('\n');
        Assert.StartsWith("S,2026-02-01,primary,1000.00,1000.00,0.00,0.65,650.00,", rows[1]);   // signed: 65% × 1000
        Assert.StartsWith("U,2026-02-01,primary,1000.00,1000.00,300.00,0.6,420.00,", rows[2]);  // default false: 60% × (1000 − 300)
    }

    [Fact]
    public void ABadDeclaredCellNamesTheRowAndColumn()
    {
        using var claims = new TempFile("person,status,age,scheme,date,level,amount,contract\nS,employed,40,employer,2026-02-01,primary,1000,maybe\n");
        var result = PolicyCommand.Run("eval", Example("contract.policy"), "--claims", claims.Path);
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains(":2:8: error PD0412: column 'contract': 'maybe' is not true or false", result.Error);
    }

    [Fact]
    public void AColumnUnderBothItsNamesIsRefused()
    {
        using var claims = new TempFile("person,status,人员类别,age,scheme,date,level,amount\nS,employed,在职,40,employer,2026-02-01,primary,1000\n");
        var result = PolicyCommand.Run("eval", Example("contract.policy"), "--claims", claims.Path);
        Assert.Equal(1, result.Exit);
        Assert.Contains("error PD0418: columns 'status' and '人员类别' are the same column; keep one", result.Error);
    }

    [Fact]
    public void ARequiredDeclaredColumnMustBeInTheHeader()
    {
        using var policy = new TempFile(Policies.Complete("input claim.visits : Int required @ 第一条\nrule deductible = (if claim.visits > 3 then 0元 else 100元) @ 第一条"), ".policy");
        using var claims = new TempFile("person,status,age,scheme,date,level,amount\nS,employed,40,employer,2023-02-01,primary,1000\n");
        var result = PolicyCommand.Run("eval", policy.Path, "--claims", claims.Path);
        Assert.Equal(1, result.Exit);
        Assert.Contains("error PD0410: the header has no column 'visits'", result.Error);
    }

    [Fact]
    public void ComparedPoliciesMustDeclareASharedInputAlike()
    {
        using var other = new TempFile(Policies.Complete("input person.contract : Int = 0 @ 第一条\nrule deductible = (if person.contract > 0 then 0元 else 100元) @ 第一条"), ".policy");
        var result = PolicyCommand.Run("compare", Example("contract.policy"), other.Path, "--claims", Repository.Path("policies", "examples", "claims.csv"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("error PD0417: person.contract is declared as Int, column contract here but person.contract: Bool, column contract in", result.Error);
    }

    [Fact]
    public void ADeclaredWholeNumberMayBeNegative()
    {
        using var policy = new TempFile(Policies.Complete("input claim.adjust : Int = 0 @ 第一条\nrule deductible = (if claim.adjust < 0 then 0元 else 100元) @ 第一条"), ".policy");
        using var claims = new TempFile("person,status,age,scheme,date,level,amount,adjust\nS,employed,40,employer,2023-02-01,level2,1000,-3\nT,employed,40,employer,2023-02-01,level2,1000,x\n");
        var bad = PolicyCommand.Run("eval", policy.Path, "--claims", claims.Path);
        Assert.Contains(":3:8: error PD0412: column 'adjust': 'x' is not a whole number", bad.Error);
        using var good = new TempFile("person,status,age,scheme,date,level,amount,adjust\nS,employed,40,employer,2023-02-01,level2,1000,-3\n");
        var result = PolicyCommand.Run("eval", policy.Path, "--claims", good.Path, "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        Assert.StartsWith("S,2023-02-01,level2,1000.00,1000.00,0.00,", result.Out.Split('\n')[1]); // −3 < 0: no deductible
    }
}
