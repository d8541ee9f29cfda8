using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Runtime;

/// <summary>Params files and --set: supplied and assumed values, scoping to one policy, and every kind of bad line.</summary>
public class ParamsFileTests
{
    private static readonly PolicyDsl.Semantics.CheckedPolicy Policy = Policies.Checked("""
        param pension : Money @ 第十四条 "2023年度基本养老金平均水平"
        param uplift : Points @ 第二条
        param start : Date @ 第二十条
        rule cap = pension @ 第三条
        rule ratio = 50% + uplift @ 第二条
        """);

    [Fact]
    public void ReadsSuppliedAssumedAndScopedValues()
    {
        var (assignments, errors) = ParamsFile.Parse("a.params", """
            # comment line
            pension = 3500元                       // a known value
            assume uplift = 5pp "按省内惯例"
            jinan.start = 2023-01-01
            other.start = 2024-01-01
            """);
        Assert.Empty(errors);
        Assert.Equal(4, assignments.Count);
        var (values, bindErrors) = ParameterBinding.Bind(Policy, "jinan", assignments);
        Assert.Empty(bindErrors);
        Assert.Equal(3500m, values.ValueOf(Policy.Parameters[0]));
        Assert.Null(values.AssumptionOf(0));
        Assert.Equal(0.05m, values.ValueOf(Policy.Parameters[1]));
        Assert.Equal("按省内惯例", values.AssumptionOf(1));
        Assert.Equal(new DateOnly(2023, 1, 1), values.ValueOf(Policy.Parameters[2]));
    }

    [Fact]
    public void UnqualifiedNamesAnotherPolicyDeclaresAreIgnored()
    {
        var (assignments, _) = ParamsFile.Parse("a.params", "chuxiongLevel3Ratio = 50%\n");
        var (_, errors) = ParameterBinding.Bind(Policy, "jinan", assignments);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("pension 3500元", "PD0401")]
    [InlineData("pension = 3500元 \"why\"", "PD0401")]
    [InlineData("assume pension = 3500元", "PD0404")]
    public void BadLines(string line, string id)
    {
        var (_, errors) = ParamsFile.Parse("a.params", "\n" + line + "\n");
        var error = Assert.Single(errors);
        Assert.Equal(id, error.Id);
        Assert.Equal("a.params:2", error.Location);
    }

    [Theory]
    [InlineData("pension = 3500", "pension: '3500' is Int, but the parameter is Money (write it like 3500元)")]
    [InlineData("pension = 60%", "pension: '60%' is Ratio, but the parameter is Money (write it like 3500元)")]
    [InlineData("start = 2023-02-30", "start: '2023-02-30' is not a value of type Date (write it like 2024-01-01)")]
    [InlineData("uplift = abc", "uplift: 'abc' is not a value of type Points (write it like 5pp)")]
    public void BadValues(string line, string message)
    {
        var (assignments, _) = ParamsFile.Parse("a.params", line);
        var (_, errors) = ParameterBinding.Bind(Policy, "jinan", assignments);
        var error = Assert.Single(errors);
        Assert.Equal(("PD0403", message), (error.Id, error.Message));
    }

    [Fact]
    public void SetMustNameAParameterOfThePolicy()
    {
        var set = ParamsFile.ParseSet("pensoin=3500元")!;
        var (_, errors) = ParameterBinding.Bind(Policy, "jinan", [set]);
        var error = Assert.Single(errors);
        Assert.Equal(("PD0402", "--set", "the policy has no param 'pensoin'; did you mean 'pension'?"), (error.Id, error.Location, error.Message));
        Assert.Null(ParamsFile.ParseSet("assume pension=3500元 \"x\""));
    }

    [Fact]
    public void QualifiedNameForThisPolicyMustExist()
    {
        var (assignments, _) = ParamsFile.Parse("a.params", "jinan.nothing = 1元");
        Assert.Equal("PD0402", Assert.Single(ParameterBinding.Bind(Policy, "jinan", assignments).Errors).Id);
    }

    [Fact]
    public void LaterAssignmentsOverrideEarlierOnes()
    {
        var (assignments, _) = ParamsFile.Parse("a.params", "assume pension = 3000元 \"估计\"");
        var (values, _) = ParameterBinding.Bind(Policy, "jinan", [.. assignments, ParamsFile.ParseSet("pension=3600元")!]);
        Assert.Equal(3600m, values.ValueOf(Policy.Parameters[0]));
        Assert.Null(values.AssumptionOf(0));
    }

    [Theory]
    [InlineData("Level3", typeof(PolicyDsl.Domain.HospitalLevel))]
    [InlineData("三级", typeof(PolicyDsl.Domain.HospitalLevel))]
    public void EnumValuesInEitherLanguage(string text, Type clr)
    {
        Assert.True(ParameterText.TryParse(text, PolicyDsl.Semantics.Types.PolicyTypes.ForEnum(clr), out var value, out _));
        Assert.Equal(PolicyDsl.Domain.HospitalLevel.Level3, value);
    }

    // Found by review: a declared whole number could be negative in a CSV file but not in a case file.
    [Theory]
    [InlineData("-3", true, -3)]
    [InlineData("3", true, 3)]
    [InlineData("--3", false, 0)]
    [InlineData("-", false, 0)]
    public void AWholeNumberMayBeNegative(string text, bool valid, int expected)
    {
        Assert.Equal(valid, ParameterText.TryParse(text, PolicyDsl.Semantics.Types.PolicyTypes.Int, out var value, out _));
        if (valid) Assert.Equal(expected, value);
    }

    [Fact]
    public void OnlyWholeNumbersTakeAMinusSign()
    {
        Assert.False(ParameterText.TryParse("-300元", PolicyDsl.Semantics.Types.PolicyTypes.Money, out _, out var error));
        Assert.Contains("is not a value of type Money", error);
    }

    [Fact]
    public void ARunTimeValueMustBeOneARuleFileCouldState()
    {
        var policy = Policies.Checked("param share : Ratio @ 第一条 \"比例\"");
        var (_, errors) = ParameterBinding.Bind(policy, "test", [ParamsFile.ParseSet("share=150%")!]);
        Assert.Equal("--set: error PD0403: share: 150% is not a ratio: a ratio is from 0% to 100%", Assert.Single(errors).ToString());
    }
}
