using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Support;
using static PolicyDsl.Tests.Support.Claims;

namespace PolicyDsl.Tests.Runtime;

/// <summary>Monthly personal account credits (个人账户划入).</summary>
public class AccountCreditTests
{
    private static readonly PolicyDsl.Semantics.CheckedPolicy Policy = Policies.Checked("""
        rule account =
            if person.scheme = SinglePool || person.scheme = Flexible then 0元 @ 第十条（三）
            else
                match person.status with
                | Employed -> person.base * 2%                          @ 第十条（一）
                | Retired -> (if person.age >= 70 then 115元 else 105元)  @ 第十条（二）
        """);

    private static IReadOnlyList<AccountCredit> Credit(PolicyDsl.Semantics.CheckedPolicy policy, string month, params Person[] persons)
    {
        var date = DateOnly.ParseExact(month, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var compiled = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), new ParameterValues(policy.Parameters), trace: true).Credit(persons, date);
        var interpreted = new SettlementEngine(policy, new TreeWalkingEvaluator(policy), new ParameterValues(policy.Parameters), trace: true).Credit(persons, date);
        Assert.True(compiled.Succeeded, compiled.Error?.ToString());
        Assert.Equal(interpreted.Results.Select(r => r.Credit), compiled.Results.Select(r => r.Credit));
        return compiled.Results;
    }

    [Fact]
    public void CreditsByStatusSchemeAndAge()
    {
        var credits = Credit(Policy, "2024-03",
            Employed("E", baseAmount: 6543.21m),      // 2% × 6543.21 = 130.8642 → 130.86
            Retired("R69", age: 69),                  // under 70: 105
            Retired("R70", age: 70),                  // 70 and over: 115
            Employed("S", scheme: Scheme.SinglePool)); // single-pool: none
        Assert.Equal([130.86m, 105m, 115m, 0m], credits.Select(c => c.Credit));
        Assert.Equal(["第十条（一）"], credits[0].Citations);
        Assert.Equal(new DateOnly(2024, 3, 1), credits[0].Month);
    }

    [Fact]
    public void MonthIsAvailableAndDatedValuesChooseByIt()
    {
        var policy = Policies.Checked("rule account = dated\n    | until 2023-12-31 -> unstated \"未规定\"\n    | from 2024-01-01 -> (if month.month = 1 then 1元 else 2元) @ 第九条");
        Assert.Equal([1m], Credit(policy, "2024-01", Employed()).Select(c => c.Credit));
        Assert.Equal([2m], Credit(policy, "2024-02", Employed()).Select(c => c.Credit));
        var before = new SettlementEngine(policy, CompiledPolicy.Compile(policy), new ParameterValues(policy.Parameters)).Credit([Employed()], new DateOnly(2023, 5, 1));
        Assert.Equal("PD0303", before.Error!.Id);
        Assert.Equal("person 1 (P1)", before.Where);
    }

    [Fact]
    public void PolicyWithoutAnAccountRule()
    {
        var policy = Policies.Checked("");
        var outcome = new SettlementEngine(policy, CompiledPolicy.Compile(policy), new ParameterValues(policy.Parameters)).Credit([Employed()], new DateOnly(2023, 5, 1));
        Assert.Equal("PD0307", outcome.Error!.Id);
    }

    [Fact]
    public void MonthOutsideThePeriodInForce()
    {
        var outcome = new SettlementEngine(Policy, CompiledPolicy.Compile(Policy), new ParameterValues(Policy.Parameters)).Credit([Employed()], new DateOnly(2022, 12, 1));
        Assert.Equal("PD0301", outcome.Error!.Id);
    }
}
