using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Support;
using static PolicyDsl.Tests.Support.Claims;

namespace PolicyDsl.Tests.Runtime;

/// <summary>
/// A fund the policy writes: no cap means no cap in the result; the settlement's cap is the one that
/// left the least room; a fund above eligible is PD0310, never a negative personal share; a declared
/// total counts only the claims its 'where' names, and starts again with its period.
/// </summary>
public class FundRuleTests
{
    private static Settlement[] Settle(PolicyDsl.Semantics.CheckedPolicy policy, params Claim[] claims)
    {
        foreach (var evaluator in new IRuleEvaluator[] { CompiledPolicy.Compile(policy, traced: true), new TreeWalkingEvaluator(policy) })
        {
            var outcome = new SettlementEngine(policy, evaluator, new ParameterValues(policy.Parameters), trace: true).Settle(claims);
            Assert.True(outcome.Succeeded, outcome.Error?.ToString());
            if (evaluator is TreeWalkingEvaluator) return [.. outcome.Results];
        }
        throw new InvalidOperationException();
    }

    [Fact]
    public void AFundWithNoCapHasNoCapAndNoSentinel()
    {
        var policy = Policies.Checked("rule fund = result.ratio * result.eligible @ 第一条\nrule cap = 1元 @ 第一条".Replace("\nrule cap = 1元 @ 第一条", ""));
        var settled = Settle(policy, On(Employed(), "2023-03-01", HospitalLevel.Level2, 10_000_000m)).Single();
        Assert.Equal(5_000_000m, settled.Fund); // 50% × 10,000,000, nothing caps it
        Assert.Null(settled.Cap);
        Assert.Empty(settled.Caps);
    }

    [Fact]
    public void TheSettlementsCapIsTheOneThatLeftTheLeastRoom()
    {
        var policy = Policies.Checked("""
            rule fund =
                result.ratio * result.eligible
                    capped by 100元 @ 第二条
                    capped by 1000元 against year.fundPaid @ 第三条
            """.Replace("rule cap", "x"));
        var claims = Enumerable.Range(1, 11).Select(d => On(Employed(), $"2023-03-{d:00}", HospitalLevel.Level2, 300m)).ToArray();
        var settled = Settle(policy, claims);
        Assert.All(settled.Take(9), s => Assert.Equal((100m, 100m), (s.Fund, s.Cap!.Value)));   // 50% × 300 = 150 > 100 a claim; year room ≥ 200
        Assert.Equal((100m, 100m), (settled[9].Fund, settled[9].Cap!.Value));                   // year room 1000 − 900 = 100 ties the claim cap: the first found stays
        Assert.Equal((0m, 1000m), (settled[10].Fund, settled[10].Cap!.Value));                  // year room 0: the annual cap
        // Each cap that applied, in file order: the claim cap bit (150 > 100); the annual one left 1000 − 0 and did not.
        Assert.Equal([new AppliedCap(0, 100m, 100m, true), new AppliedCap(1, 1000m, 1000m, false)], settled[0].Caps);
        // The eleventh claim: both bit, the annual one with no room left (1000 − 10 × 100 = 0).
        Assert.Equal([new AppliedCap(0, 100m, 100m, true), new AppliedCap(1, 1000m, 0m, true)], settled[10].Caps);
    }

    [Fact]
    public void AFundAboveEligibleIsAnErrorNotANegativePersonalShare()
    {
        var policy = Policies.Checked("param r : Ratio @ 第一条 \"比例\"\nrule ratio = r");
        var values = new ParameterValues(policy.Parameters);
        values.Set(policy.Parameters.Single(), 1.5m);
        var outcome = new SettlementEngine(policy, CompiledPolicy.Compile(policy), values).Settle([On(Employed(), "2023-03-01", HospitalLevel.Level2, 100m)]);
        Assert.Equal("PD0310", outcome.Error?.Id);
        Assert.Equal("the fund would pay 150.00, more than the eligible 100.00", outcome.Error!.Message);
    }

    [Fact]
    public void ATotalCountsOnlyItsClaimsAndStartsAgainEachMonth()
    {
        var policy = Policies.Checked("""
            total visits = count where claim.level = Primary per month @ 第一条
            rule deductible = (if total.visits >= 2 then 0元 else 10元) @ 第二条
            exclude "住院期间" when claim.inpatient @ 第三条
            """);
        var p = Employed();
        var settled = Settle(policy,
            On(p, "2023-03-01", HospitalLevel.Primary, 100m),   // 0 primary visits before: deductible 10
            On(p, "2023-03-02", HospitalLevel.Level2, 100m),    // level2 does not count: still 1 before → 10
            On(p, "2023-03-03", HospitalLevel.Primary, 100m),   // 1 before → 10
            On(p, "2023-03-04", HospitalLevel.Primary, 100m),   // 2 before → 0
            On(p, "2023-04-01", HospitalLevel.Primary, 100m),   // new month: 0 before → 10
            On(p, "2023-04-02", HospitalLevel.Primary, 100m, inpatient: true), // excluded: eligible 0, so deductible 0
            On(p, "2023-04-03", HospitalLevel.Primary, 100m));  // the excluded one did not count: 1 before → 10
        Assert.Equal([10m, 10m, 10m, 0m, 10m, 0m, 10m], settled.Select(s => s.Deductible));
    }

    [Fact]
    public void ATotalKeptByAKeyCountsEachKeyApart()
    {
        var policy = Policies.Checked("""
            total visits = count per year by claim.level @ 第一条
            total pharmacy = sum fund per month by claim.channel @ 第一条
            rule deductible = (if total.visits >= 2 then 0元 else 10元) @ 第二条
            rule fund = result.ratio * (result.eligible - result.deductible) capped by 30元 against total.pharmacy @ 第三条
            """);
        var p = Employed();
        var settled = Settle(policy,
            On(p, "2023-03-01", HospitalLevel.Level2, 100m),                           // level2 visits before 0 → 10; fund 50% × 90 = 45 > room 30 → 30
            On(p, "2023-03-02", HospitalLevel.Level3, 100m, channel: Channel.Pharmacy), // level3: 0 before → 10; pharmacy room 30 (on-site's does not count) → 30
            On(p, "2023-03-03", HospitalLevel.Level2, 100m),                           // level2: 1 before → 10; on-site room 30 − 30 = 0 → 0
            On(p, "2023-03-04", HospitalLevel.Level2, 100m),                           // level2: 2 before → 0; room 0 → 0
            On(p, "2023-04-01", HospitalLevel.Level2, 100m),                           // new month: room 30; level2: 3 before (per year) → 0; 50% × 100 = 50 → 30
            On(p, "2024-01-02", HospitalLevel.Level2, 100m));                          // new year: 0 before → 10; 45 → 30
        Assert.Equal([10m, 10m, 10m, 0m, 0m, 10m], settled.Select(s => s.Deductible));
        Assert.Equal([30m, 30m, 0m, 0m, 30m, 30m], settled.Select(s => s.Fund));
    }

    [Fact]
    public void ThePreludesAnnualCapIsListedWhenItAppliesAndAnExcludedClaimHasNone()
    {
        var policy = Policies.Checked("exclude \"住院期间\" when claim.inpatient @ 第三条"); // 50%, rule cap 1000元
        var p = Employed();
        var settled = Settle(policy,
            On(p, "2023-03-01", HospitalLevel.Level2, 1500m),                  // 750 ≤ room 1000: applied, did not bite
            On(p, "2023-03-02", HospitalLevel.Level2, 1000m),                  // 500 > room 1000 − 750 = 250: bit
            On(p, "2023-03-03", HospitalLevel.Level2, 1000m, inpatient: true)); // excluded: no cap applied
        Assert.Equal([new AppliedCap(AppliedCap.RuleCap, 1000m, 1000m, false)], settled[0].Caps);
        Assert.Equal([new AppliedCap(AppliedCap.RuleCap, 1000m, 250m, true)], settled[1].Caps);
        Assert.Equal((250m, 1000m), (settled[1].Fund, settled[1].Cap!.Value));
        Assert.Empty(settled[2].Caps);
    }

    [Fact]
    public async Task ABandAClaimNeverReachesIsNotWorkedOut()
    {
        var policy = Policies.Checked("""
            total spend = sum eligible per year @ 第一条
            rule fund =
                bands result.eligible after total.spend
                    | up to 5000元 -> 60% @ 第二条
                    | above -> unstated "5000元以上部分的比例原文缺失"
            """);
        var p = Employed();
        var values = new ParameterValues(policy.Parameters);
        var emitted = await PolicyDsl.Verification.RoslynCompiledPolicy.CompileAsync(policy, "test", values, throughSettle: true);
        foreach (var evaluator in new IRuleEvaluator[] { CompiledPolicy.Compile(policy), new TreeWalkingEvaluator(policy), emitted })
        {
            var engine = new SettlementEngine(policy, evaluator, values);
            // 3000 within the first band: 60% × 3000 = 1800 (a written fund has no cap unless it says so).
            var within = engine.Settle([On(p, "2023-03-01", HospitalLevel.Level2, 3000m)]);
            Assert.True(within.Succeeded, within.Error?.ToString());
            Assert.Equal(1800m, within.Results[0].Fund);
            // 3000 + 3000 crosses 5000: the part above needs the ratio the notice lost.
            var crossing = engine.Settle([On(p, "2023-03-01", HospitalLevel.Level2, 3000m), On(p, "2023-03-02", HospitalLevel.Level2, 3000m)]);
            Assert.Equal("PD0303", crossing.Error?.Id);
        }
    }

    [Fact]
    public void TheBaseAndTheTotalOfBandsMayBeFunctionsApplied()
    {
        // Found by review: 'bands f x after …' read 'after' as one more argument of f.
        var policy = Policies.Checked("""
            let above (x: Money) = x - result.deductible
            let half (x: Money) = x * 50%
            total spend = sum aboveDeductible per year @ 第一条
            rule fund =
                bands above result.eligible after half total.spend
                    | up to 1000元 -> 60% @ 第二条
                    | above -> 70% @ 第二条
            """);
        var p = Employed();
        var settled = Settle(policy, On(p, "2023-03-01", HospitalLevel.Level2, 1200m), On(p, "2023-03-02", HospitalLevel.Level2, 1000m));
        // First: 1200 on top of 0: 1000 × 60% + 200 × 70% = 740. Second: 1000 on top of half of 1200 = 600:
        // 400 × 60% + 600 × 70% = 240 + 420 = 660.
        Assert.Equal([740m, 660m], settled.Select(s => s.Fund));
    }

    [Fact]
    public void TheTraceShowsEachBandAndEachCap()
    {
        var policy = Policies.FromFile("examples/banded.policy");
        var claims = new[] { On(Employed(), "2026-02-01", HospitalLevel.Level2, 3500m), On(Employed(), "2026-03-01", HospitalLevel.Level2, 3000m) };
        var fund = Settle(policy, claims)[1].Trace!.Steps.Single(s => s.Name == "fund");
        Assert.Equal("rule fund = 1900.00, at least 0, to the fen [band up to 5000.00: 2000.00 × 60% = 1200.00; band above 5000.00: 1000.00 × 70% = 700.00; " +
                     "cap 1: 8000.00 − 1800.00 counted = room 6200.00]", fund.Explanation);
        Assert.Equal(["示例第三条", "示例第四条"], fund.Citations);
    }

    // Found by review: a cap anywhere in the rule used to cut the whole fund to its room.
    [Theory]
    [InlineData("(result.eligible * 50% capped by 100元 @ 第三条) + 50元 @ 第三条", 150.00)]                       // min(500, 100) + 50
    [InlineData("max (result.eligible * 10% capped by 0.005元 @ 第三条) (result.eligible * 60%) @ 第三条", 600.00)] // max(0.005, 600)
    [InlineData("result.eligible capped by (10元 capped by 5元) against (year.fundPaid capped by 1元) @ 第三条", 5.00)] // min(1000, 5 − 0)
    public void ACapInsideTheRuleCutsOnlyWhatItCaps(string fund, decimal expected)
    {
        var policy = Policies.Checked($"rule fund = {fund}");
        Assert.Equal(expected, Settle(policy, On(Employed(), "2023-03-01", HospitalLevel.Level2, 1000m)).Single().Fund);
    }

    [Fact]
    public void AnExcludedClaimIsNotPaidAndItsFundIsNotWorkedOut()
    {
        var policy = Policies.Checked("""
            rule fund = (match claim.channel with | Internet -> unstated "互联网未写明" | _ -> result.eligible * 50% + 10元) @ 第三条
            exclude "互联网不纳入" when claim.channel = Internet @ 第五条
            exclude "住院期间" when claim.inpatient @ 第五条
            """);
        var settled = Settle(policy,
            On(Employed(), "2023-03-01", HospitalLevel.Level2, 100m, channel: Channel.Internet), // excluded: the unstated arm is never reached
            On(Employed(), "2023-03-02", HospitalLevel.Level2, 100m, inpatient: true),           // excluded: 0, not 10 (which would be PD0310)
            On(Employed(), "2023-03-03", HospitalLevel.Level2, 100m));                           // 50% × 100 + 10 = 60
        Assert.Equal([0m, 0m, 60m], settled.Select(s => s.Fund));
    }

    [Fact]
    public void ACapAfterTheLastArmCapsThatArmWithOrWithoutItsCitation()
    {
        foreach (var citation in new[] { " @ 第三条", "" })
        {
            var policy = Policies.Checked($"""
                rule fund =
                    match claim.level with
                    | Primary -> result.eligible * 70%     @ 第三条
                    | _ -> result.eligible * 60%{citation}
                    capped by 3000元 against year.fundPaid @ 第四条
                """);
            // A primary claim is not in the capped arm: 70% × 10000 = 7000, either way.
            Assert.Equal(7000m, Settle(policy, On(Employed(), "2023-03-01", HospitalLevel.Primary, 10000m)).Single().Fund);
        }
    }

    [Fact]
    public void BandEdgesMustIncrease()
    {
        var written = Policies.Errors(Policies.Complete("""
            total spent = sum eligible per year @ 第一条
            rule fund = bands result.eligible after total.spent | up to 5000元 -> 60% | up to 3000元 -> 70% | above -> 80% @ 第三条
            """));
        Assert.Equal("band edges must increase: 3000.00 comes after 5000.00", Assert.Single(written).Message);
        var policy = Policies.Checked("""
            param edge : Money @ 第一条 "边界"
            total spent = sum eligible per year @ 第一条
            rule fund = bands result.eligible after total.spent | up to 5000元 -> 60% | up to edge -> 70% | above -> 80% @ 第三条
            """);
        var values = new ParameterValues(policy.Parameters);
        values.Set(policy.Parameters.Single(), 3000m);
        var outcome = new SettlementEngine(policy, CompiledPolicy.Compile(policy), values).Settle([On(Employed(), "2023-03-01", HospitalLevel.Level2, 6000m)]);
        Assert.Equal("PD0311", outcome.Error?.Id);
    }

    [Fact]
    public void EnumerationSpellingsMustNotBeAmbiguous()
    {
        var errors = Policies.Errors(Policies.Complete("enum Dup = A \"甲\" | B \"甲\" | a \"乙\" @ 第一条"));
        Assert.Equal(["PD0130", "PD0130"], errors.Select(e => e.Id));
    }
}
