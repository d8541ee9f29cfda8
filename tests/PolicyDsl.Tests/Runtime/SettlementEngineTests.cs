using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Support;
using static PolicyDsl.Tests.Support.Claims;

namespace PolicyDsl.Tests.Runtime;

/// <summary>The engine's rules: deductible clamping, the cap, rounding, exclusions, year reset, date order, the period in force.</summary>
public class SettlementEngineTests
{
    /// <summary>An annual deductible of 100元, 50%, cap 1000元 (the shape of Anshan's rules, smaller numbers).</summary>
    private static readonly PolicyDsl.Semantics.CheckedPolicy Annual = Policies.Checked("""
        rule deductible = 100元 - year.deductibleMet @ 第一条
        rule ratio = 50% @ 第二条
        rule cap = 1000元 @ 第三条
        exclude "住院期间" when claim.inpatient @ 第四条
        exclude "非定点" when not claim.designated @ 第五条
        """);

    private static readonly Person P = Employed();

    [Fact]
    public void DeductibleIsMetAcrossClaimsThenTheRatioApplies()
    {
        var results = Evaluate.Settle(Annual, [
            On(P, "2023-01-10", HospitalLevel.Level2, 60m),   // deductible 60 (all of it); fund 0; personal 60
            On(P, "2023-01-20", HospitalLevel.Level2, 100m),  // deductible 100 − 60 = 40; fund 50% × (100 − 40) = 30; personal 70
            On(P, "2023-02-01", HospitalLevel.Level2, 100m),  // deductible met: 0; fund 50% × 100 = 50; personal 50
        ]);
        Assert.Equal([60m, 40m, 0m], results.Select(r => r.Deductible));
        Assert.Equal([0m, 30m, 50m], results.Select(r => r.Fund));
        Assert.Equal([60m, 70m, 50m], results.Select(r => r.Personal));
        Assert.Equal([0m, 30m, 80m], results.Select(r => r.FundYearToDate));
    }

    [Fact]
    public void CapIsReachedInTheMiddleOfAClaimAndLaterClaimsPayNothing()
    {
        var results = Evaluate.Settle(Annual, [
            On(P, "2023-01-10", HospitalLevel.Level3, 1900m), // fund 50% × (1900 − 100) = 900; ytd 900
            On(P, "2023-02-10", HospitalLevel.Level3, 400m),  // 50% × 400 = 200 but only 1000 − 900 = 100 left: fund 100, personal 300
            On(P, "2023-03-10", HospitalLevel.Level3, 400m),  // cap reached: fund 0, personal 400
        ]);
        Assert.Equal([900m, 100m, 0m], results.Select(r => r.Fund));
        Assert.Equal([1000m, 300m, 400m], results.Select(r => r.Personal));
        Assert.Equal(1000m, results[^1].FundYearToDate);
    }

    [Fact]
    public void NewYearResetsFundDeductibleAndLevelTotals()
    {
        var results = Evaluate.Settle(Annual, [
            On(P, "2023-12-31", HospitalLevel.Level2, 2300m), // 50% × (2300 − 100) = 1100 → capped at 1000
            On(P, "2024-01-01", HospitalLevel.Level2, 300m),  // new year: deductible 100 again; fund 50% × 200 = 100
        ]);
        Assert.Equal([100m, 100m], results.Select(r => r.Deductible));
        Assert.Equal([1000m, 100m], results.Select(r => r.Fund));
        Assert.Equal([1000m, 100m], results.Select(r => r.FundYearToDate));
    }

    [Fact]
    public void ClaimsAreSettledInDateOrderPerPersonWhateverTheInputOrder()
    {
        var q = Employed("Q");
        var results = Evaluate.Settle(Annual, [
            On(P, "2023-05-01", HospitalLevel.Level2, 200m),
            On(q, "2023-01-01", HospitalLevel.Level2, 200m),
            On(P, "2023-01-01", HospitalLevel.Level2, 80m),
        ]);
        // P's 80元 of January is settled first and takes 80 of the deductible; May then meets the last 20.
        Assert.Equal(["P1 2023-01-01", "P1 2023-05-01", "Q 2023-01-01"], results.Select(r => $"{r.Claim.Person.Id} {r.Claim.Date:yyyy-MM-dd}"));
        Assert.Equal([80m, 20m, 100m], results.Select(r => r.Deductible));
        Assert.Equal([0m, 90m, 50m], results.Select(r => r.Fund)); // 50% × (200 − 20) = 90; Q: 50% × (200 − 100) = 50
        Assert.Equal([2, 0, 1], results.Select(r => r.Index));
    }

    [Fact]
    public void SameDayClaimsKeepTheirInputOrder()
    {
        var results = Evaluate.Settle(Annual, [
            On(P, "2023-01-01", HospitalLevel.Level2, 30m),
            On(P, "2023-01-01", HospitalLevel.Level3, 500m),
        ]);
        Assert.Equal([30m, 70m], results.Select(r => r.Deductible));
    }

    [Theory]
    [InlineData(true, true, "住院期间")]
    [InlineData(false, false, "非定点")]
    [InlineData(true, false, "住院期间")]
    public void ExcludedClaimsPayNothingAndDoNotTouchTheDeductible(bool inpatient, bool designated, string reason)
    {
        var results = Evaluate.Settle(Annual, [
            On(P, "2023-01-10", HospitalLevel.Level2, 500m, inpatient: inpatient, designated: designated),
            On(P, "2023-01-11", HospitalLevel.Level2, 500m), // the whole deductible still applies: 50% × (500 − 100) = 200
        ]);
        Assert.Equal((0m, 0m, 0m, 500m, reason), (results[0].Eligible, results[0].Deductible, results[0].Fund, results[0].Personal, results[0].ExcludedBy));
        Assert.Equal((100m, 200m), (results[1].Deductible, results[1].Fund));
        // Only the exclusion that applied shaped the result; the other one was looked at, not used.
        var (applied, other) = reason == "住院期间" ? ("第四条", "第五条") : ("第五条", "第四条");
        Assert.Contains(applied, results[0].Trace!.Citations);
        Assert.DoesNotContain(other, results[0].Trace!.Citations);
    }

    [Theory]
    [InlineData("0.01", "0.00")]     // 33% × 0.01 = 0.0033 → 0.00
    [InlineData("0.05", "0.02")]     // 33% × 0.05 = 0.0165 → 0.02
    [InlineData("1.50", "0.50")]     // 33% × 1.50 = 0.495  → 0.50: half rounds away from zero
    [InlineData("4.50", "1.49")]     // 33% × 4.50 = 1.485  → 1.49
    [InlineData("10.00", "3.30")]
    public void FundIsRoundedHalfAwayFromZeroToTheFen(string amount, string expectedFund)
    {
        var policy = Policies.Checked("rule ratio = 33% @ 第二条");
        var claim = On(P, "2023-01-10", HospitalLevel.Level2, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        var result = Evaluate.Settle(policy, [claim]).Single();
        Assert.Equal(decimal.Parse(expectedFund, System.Globalization.CultureInfo.InvariantCulture), result.Fund);
        Assert.Equal(claim.Amount, result.Fund + result.Personal);
    }

    [Fact]
    public void PolicyDeductibleIsClampedToZeroAndToTheEligibleAmount()
    {
        var policy = Policies.Checked("rule deductible = if claim.amount > 100元 then -50元 else 300元 @ 第一条");
        var results = Evaluate.Settle(policy, [On(P, "2023-01-10", HospitalLevel.Level2, 200m), On(P, "2023-01-11", HospitalLevel.Level2, 80m)]);
        Assert.Equal([0m, 80m], results.Select(r => r.Deductible)); // −50 → 0; 300 → at most the eligible 80
        Assert.Equal([100m, 0m], results.Select(r => r.Fund));
    }

    [Fact]
    public void TraceShowsEachStepWithItsCitations()
    {
        var result = Evaluate.Settle(Annual, [On(P, "2023-01-10", HospitalLevel.Level2, 300m)]).Single();
        var steps = result.Trace!.Steps.ToDictionary(s => s.Name);
        Assert.Equal(["第一条"], steps["deductible"].Citations);
        Assert.Equal(["第二条"], steps["ratio"].Citations);
        Assert.Equal(["第三条"], steps["cap"].Citations);
        Assert.Equal(100m, steps["fund"].Value); // 50% × (300 − 100)
        Assert.Equal(["第一条", "第二条", "第三条"], result.Trace.Citations);
    }

    [Fact]
    public void ClaimOutsideThePeriodInForceIsAnError()
    {
        var outcome = Evaluate.TrySettle(Annual, [On(P, "2023-01-01", HospitalLevel.Level2, 10m), On(P, "2022-12-31", HospitalLevel.Level2, 10m)]);
        Assert.False(outcome.Succeeded);
        Assert.Equal("PD0301", outcome.Error!.Id);
        Assert.Equal("the claim of P1 is dated 2022-12-31, outside the period in force (2023-01-01 to no end date)", outcome.Error.Message);
        Assert.Equal("claim 2 (P1, 2022-12-31)", outcome.Where);
    }

    [Fact]
    public void PeriodInForceFromAParameter()
    {
        var text = Policies.Complete("param start : Date @ 第二十条").Replace("in force from 2023-01-01", "in force from start until 2023-12-31");
        var policy = Policies.Check(text).Policy!;
        var claim = On(P, "2023-03-01", HospitalLevel.Level2, 10m);
        Assert.Equal("PD0302", Evaluate.TrySettle(policy, [claim]).Error!.Id);
        var values = new ParameterValues(policy.Parameters);
        values.Set(policy.Parameters[0], new DateOnly(2023, 4, 1), "施行日期未载明");
        Assert.Equal("PD0301", Evaluate.TrySettle(policy, [claim], values).Error!.Id);
        values.Set(policy.Parameters[0], new DateOnly(2023, 2, 1), "施行日期未载明");
        Assert.True(Evaluate.TrySettle(policy, [claim], values).Succeeded);
        Assert.Equal("PD0301", Evaluate.TrySettle(policy, [claim with { Date = new DateOnly(2024, 1, 1) }], values).Error!.Id);
    }

    [Fact]
    public void DatedValueThatDoesNotReachBackToAParameterisedStart()
    {
        // With the start a parameter the checker cannot prove coverage; the engine reports the gap.
        var text = Policies.Complete("param start : Date @ 第二十条\nrule cap = dated\n    | from 2023-06-01 -> 1000元 @ 第三条")
            .Replace("in force from 2023-01-01", "in force from start");
        var policy = Policies.Check(text).Policy!;
        var values = new ParameterValues(policy.Parameters);
        values.Set(policy.Parameters[0], new DateOnly(2023, 1, 1));
        var outcome = Evaluate.TrySettle(policy, [On(P, "2023-03-01", HospitalLevel.Level2, 10m)], values);
        Assert.Equal("PD0304", outcome.Error!.Id);
        Assert.Equal("no value applies on 2023-03-01: the first branch starts 2023-06-01", outcome.Error.Message);
    }

    [Fact]
    public void AssumedParametersAreFlaggedOnTheResultsThatUseThem()
    {
        var policy = Policies.Checked("param deductibleAmount : Money @ 第四条 \"起付标准（未载明）\"\nrule deductible = if claim.level = Level3 then deductibleAmount else 0元");
        var values = new ParameterValues(policy.Parameters);
        values.Set(policy.Parameters[0], 200m, "参照省内同类城市");
        var results = Evaluate.Settle(policy, [On(P, "2023-01-10", HospitalLevel.Level2, 300m), On(P, "2023-01-11", HospitalLevel.Level3, 300m)], values);
        Assert.Empty(results[0].Trace!.Assumptions);
        var assumption = Assert.Single(results[1].Trace!.Assumptions);
        Assert.Equal(("deductibleAmount", "200元", "参照省内同类城市"), (assumption.Parameter, assumption.Value, assumption.Reason));
        Assert.Contains("第四条", results[1].Trace!.Citations);
    }

    [Fact]
    public void AmountsTooLargeToComputeExactlyAreAnError()
    {
        var policy = Policies.Checked("rule cap = claim.amount * 10_000 * 10_000 * 10_000 * 10_000 @ 第三条");
        var outcome = Evaluate.TrySettle(policy, [On(P, "2023-01-10", HospitalLevel.Level2, 79_000_000_000_000m)]);
        Assert.Equal("PD0305", outcome.Error!.Id);
    }

    [Fact]
    public void NegativeEligibleIsAnErrorNotACrash()
    {
        var policy = Policies.Checked("rule eligible = claim.amount - 1000元 @ 第一条");
        var outcome = Evaluate.TrySettle(policy, [On(P, "2023-01-10", HospitalLevel.Level2, 500m)]);
        Assert.Equal(("PD0308", "rule eligible gives -500.00, below zero"), (outcome.Error!.Id, outcome.Error.Message));
    }

    [Fact]
    public void AnAssumedDateBoundingThePeriodInForceIsFlagged()
    {
        var text = Policies.Complete("param start : Date @ 第二十条 \"施行日期\"").Replace("in force from 2023-01-01", "in force from start");
        var policy = Policies.Check(text).Policy!;
        var values = new ParameterValues(policy.Parameters);
        values.Set(policy.Parameters[0], new DateOnly(2022, 6, 13), "按印发日期");
        var result = Evaluate.Settle(policy, [On(P, "2023-03-01", HospitalLevel.Level2, 10m)], values).Single();
        Assert.Equal("start", Assert.Single(result.Trace!.Assumptions).Parameter);
        Assert.Contains("第二十条", result.Trace.Citations);
    }

    [Fact]
    public void RoundingNeverCarriesTheYearPastACapThatIsNotAWholeFen()
    {
        // Cap 25% × 4000.02 = 1000.005; 50% × 5000 = 2500 is cut to the cap, and 1000.005 must not round up to 1000.01.
        var policy = Policies.Checked("rule cap = person.base * 25% @ 第三条");
        var result = Evaluate.Settle(policy, [On(Employed(baseAmount: 4000.02m), "2023-01-10", HospitalLevel.Level2, 5000m)]).Single();
        Assert.Equal(1000.00m, result.Fund);
    }

    [Fact]
    public void AnAssumedValueThatKeepsAnExclusionFromApplyingIsFlagged()
    {
        var policy = Policies.Checked("param minAmount : Money @ 第九条 \"起报金额\"\nexclude \"低于起报金额\" when claim.amount < minAmount @ 第九条");
        var values = new ParameterValues(policy.Parameters);
        values.Set(policy.Parameters[0], 50m, "估计");
        var result = Evaluate.Settle(policy, [On(P, "2023-01-10", HospitalLevel.Level2, 100m)], values).Single();
        Assert.Null(result.ExcludedBy);
        Assert.Equal("minAmount", Assert.Single(result.Trace!.Assumptions).Parameter);
    }

    [Fact]
    public void IntNegationOverflowIsAnErrorInBothBackEnds()
    {
        var policy = Policies.Checked("let m = (person.age - 2147483647) - 41\nrule cap = 1元 * (-m) @ 第三条");
        var claim = On(P, "2023-01-10", HospitalLevel.Level2, 100m);
        Assert.Equal("PD0305", Evaluate.TrySettle(policy, [claim]).Error!.Id);
        var interpreted = new SettlementEngine(policy, new TreeWalkingEvaluator(policy), new ParameterValues(policy.Parameters)).Settle([claim]);
        Assert.Equal("PD0305", interpreted.Error!.Id);
    }

    [Fact]
    public void AnUnstatedConditionStopsWithItsReason()
    {
        var policy = Policies.Checked("rule cap = (if unstated \"条件未载明\" then 2000元 else 1500元) @ 第三条");
        Assert.Equal("PD0303", Evaluate.TrySettle(policy, [On(P, "2023-01-10", HospitalLevel.Level2, 100m)]).Error!.Id);
    }

    [Fact]
    public void TheFirstDayOfTheCalendarIsAValidDate()
    {
        var policy = Policies.Checked("rule cap = (if claim.date > 0001-01-01 then 1000元 else 1元) @ 第三条");
        Assert.Equal(1000m, Evaluate.Settle(policy, [On(P, "2023-01-10", HospitalLevel.Level2, 100m)]).Single().Cap);
    }

    [Fact]
    public void DivisionByZeroIsAnError()
    {
        var policy = Policies.Checked("rule ratio = 100元 / claim.amount * 10% @ 第二条");
        Assert.Equal("PD0306", Evaluate.TrySettle(policy, [On(P, "2023-01-10", HospitalLevel.Level2, 0m)]).Error!.Id);
    }
}
