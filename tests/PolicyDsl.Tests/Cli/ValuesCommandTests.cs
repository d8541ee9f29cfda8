using System.Text.Json;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary><c>policy values</c>: every figure a policy states, with its conditions, dates and articles; params with the run's value and the assumption flagged.</summary>
public class ValuesCommandTests
{
    private static List<JsonElement> Values(params string[] args)
    {
        var result = PolicyCommand.Run(["values", .. args, "--format", "json"]);
        Assert.True(result.Exit == 0, result.Error);
        return [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray()];
    }

    private static string S(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(name).ToString();

    [Fact]
    public void XiangtansFiguresWithTheirConditionsAndArticles()
    {
        var rows = Values(Repository.Path("policies", "xiangtan.policy"));
        // 第四条: level 2 deductible 200元 a visit; ratio 60% at level 2; caps 1500/2000元 by status.
        Assert.Contains(rows, r => S(r, "rule") == "deductible" && S(r, "figure") == "200元" && S(r, "conditions").EndsWith("= Level2") && S(r, "citations") == "第四条（二）");
        Assert.Contains(rows, r => S(r, "rule") == "ratio" && S(r, "figure") == "60%" && S(r, "conditions") == "claim.level = Level2");
        Assert.Contains(rows, r => S(r, "rule") == "cap" && S(r, "figure") == "1500元" && S(r, "conditions") == "person.status = Employed" && S(r, "citations") == "第四条");
        Assert.Contains(rows, r => S(r, "rule") == "cap" && S(r, "figure") == "2000元" && S(r, "conditions") == "person.status = Retired");
        // 第十条 holds from 2023: a dated figure carries its dates; what the notice does not state says so.
        Assert.Contains(rows, r => S(r, "rule") == "account" && S(r, "figure") == "2%" && S(r, "from") == "2023-01-01");
        Assert.Contains(rows, r => S(r, "figure").StartsWith("unstated: ", StringComparison.Ordinal));
    }

    [Fact]
    public void AFigureLeftToAParamShowsTheRunsValueAndWhetherItIsAssumed()
    {
        var rows = Values(Repository.Path("policies", "chuxiong.policy"), "--params", Repository.Path("policies", "assumptions.params"));
        Assert.Contains(rows, r => S(r, "figure").StartsWith("param deductibleLevel2 = 20元, ⚠ assumed: ", StringComparison.Ordinal));
        var bare = Values(Repository.Path("policies", "chuxiong.policy"));
        Assert.Contains(bare, r => S(r, "figure") == "param deductibleLevel2 (no value)");
    }

    [Fact]
    public void SeveralPoliciesAreListedOneAfterAnother()
    {
        var rows = Values(Repository.Path("policies", "xiangtan.policy"), Repository.Path("policies", "anshan.policy"));
        Assert.Equal(["xiangtan", "anshan"], rows.Select(r => S(r, "policy")).Distinct());
        Assert.Contains(rows, r => S(r, "policy") == "anshan" && S(r, "rule") == "deductible" && S(r, "figure") == "400元" && S(r, "citations") == "三（一）");
    }
}
