using System.Text.Json;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>`policy params`: every param with its type, citation and description, the value a run would use, where it comes from, and whether it is assumed.</summary>
public class ParamsCommandTests
{
    private static string P(params string[] parts) => Repository.Path(["policies", .. parts]);

    [Fact]
    public void CsvListsValueSourceAndAssumption()
    {
        var result = PolicyCommand.Run("params", P("anshan.policy"), P("jinan.policy"), "--params", P("assumptions.params"), "--set", "pharmacyCovered=true", "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        var rows = result.Out.Trim().Split('\n');
        Assert.Equal("policy,param,type,value,source,assumed,reason,citations,description", rows[0]);
        // Given by --set for both policies that declare it, overriding their defaults.
        Assert.StartsWith("anshan,pharmacyCovered,Bool,true,command line (--set),no,,三（二）,", rows[1]);
        // The policy's own default, untouched.
        Assert.StartsWith("anshan,internetCovered,Bool,false,the policy's default,no,,三（二）,", rows[2]);
        // An assumption from the params file, with its line and reason.
        Assert.Contains(rows, r => r.StartsWith("jinan,sharedDeductible,Money,200元,") && r.Contains("assumptions.params:9,yes,示例假设，非通知数据：2024年起合并计算的年度起付标准,一（四）,"));
    }

    [Fact]
    public void AParamWithoutAValueIsListedAsSuch()
    {
        var result = PolicyCommand.Run("params", P("chuxiong.policy"), "--format", "json");
        Assert.True(result.Exit == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var first = json.RootElement[0];
        Assert.Equal("effectiveDate", first.GetProperty("param").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("value").ValueKind);
        Assert.Equal("", first.GetProperty("source").GetString());
        Assert.Equal("施行日期（原文缺失）", first.GetProperty("description").GetString());
    }

    [Fact]
    public void TheTableFlagsAssumedAndMissingValues()
    {
        var result = PolicyCommand.Run("params", P("chuxiong.policy"), "--set", "deductibleLevel1=15元");
        Assert.True(result.Exit == 0, result.Error);
        Assert.Contains("✗ no value: give it with --set or --params", result.Out);
        Assert.Contains("15元", result.Out);
        Assert.Contains("params in 1 policies: 0 assumed, ", result.Out);
    }

    [Fact]
    public void ADirectoryListsEveryPolicyAndAnUnknownSetIsAnError()
    {
        var all = PolicyCommand.Run("params", P(), "--format", "csv");
        Assert.True(all.Exit == 0, all.Error);
        Assert.Equal(["anshan", "chuxiong", "jinan"], all.Out.Trim().Split('\n').Skip(1).Select(r => r.Split(',')[0]).Distinct());
        var unknown = PolicyCommand.Run("params", P("anshan.policy"), "--set", "pharmacyCoverd=true");
        Assert.Equal(1, unknown.Exit);
        Assert.Equal("", unknown.Out);
        Assert.Contains("error PD0402: the policy has no param 'pharmacyCoverd' (none of the policies declares it)", unknown.Error);
    }
}
