using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;
using PolicyDsl.Tests.Support;
using static PolicyDsl.Tests.Support.Claims;

namespace PolicyDsl.Tests.Runtime;

/// <summary>
/// A declared rounding (<c>round fund to 0.1元 down</c>): once per claim, to its step and its way, never
/// past a cap's room or eligible, cited in the trace; the account credit likewise.
/// </summary>
public class RoundingTests
{
    private static Settlement SettleOne(CheckedPolicy policy, decimal amount)
    {
        Settlement? first = null;
        foreach (var evaluator in new IRuleEvaluator[] { CompiledPolicy.Compile(policy, traced: true), new TreeWalkingEvaluator(policy) })
        {
            var outcome = new SettlementEngine(policy, evaluator, new ParameterValues(policy.Parameters), trace: true)
                .Settle([On(Employed(), "2023-03-01", HospitalLevel.Level2, amount)]);
            Assert.True(outcome.Succeeded, outcome.Error?.ToString());
            if (first is not null) Assert.Equal(first.Fund, outcome.Results[0].Fund);
            first ??= outcome.Results[0];
        }
        return first!;
    }

    // The default ratio is 50%, so a claim of 101.37元 comes to 50.685元 before rounding.
    [Theory]
    [InlineData("", 50.69)]                                  // none declared: half away from zero to the fen
    [InlineData("round fund to 0.01元 halfEven @ 第七条", 50.68)] // 50.685: the half goes to the even fen
    [InlineData("round fund to 0.1元 down @ 第七条", 50.6)]       // to the jiao, towards zero
    [InlineData("round fund to 0.1元 up @ 第七条", 50.7)]         // to the jiao, away from zero
    [InlineData("round fund to 1元 halfAwayFromZero @ 第七条", 51)] // to the yuan
    [InlineData("round fund to 1元 down @ 第七条", 50)]
    public void TheFundIsRoundedAsDeclared(string round, decimal expected)
    {
        var policy = Policies.Checked(round);
        Assert.Equal(expected, SettleOne(policy, 101.37m).Fund);
    }

    [Fact]
    public void RoundingUpNeverCarriesTheFundPastACapsRoom()
    {
        // 50% × 101.37 = 50.685, capped to the room 50.65; up to the jiao would be 50.7, past the room,
        // so the fund is the jiao below it, 50.6.
        var policy = Policies.Checked("round fund to 0.1元 up @ 第七条\nrule fund = result.ratio * result.eligible capped by 50.65元 @ 第三条");
        Assert.Equal(50.6m, SettleOne(policy, 101.37m).Fund);
    }

    [Fact]
    public void RoundingUpNeverCarriesTheFundPastEligible()
    {
        // 100% of 10.05元 is 10.05; up to the yuan would be 11 > eligible: the yuan below eligible, 10.
        var policy = Policies.Checked("round fund to 1元 up @ 第七条\nrule ratio = 100% @ 第二条");
        var settled = SettleOne(policy, 10.05m);
        Assert.Equal((10m, 0.05m), (settled.Fund, settled.Personal));
    }

    [Fact]
    public void TheTraceSaysHowTheFundWasRoundedAndCitesTheArticle()
    {
        var fund = SettleOne(Policies.Checked("round fund to 0.1元 down @ 第七条"), 101.37m).Trace!.Steps.Single(s => s.Name == "fund");
        Assert.EndsWith("at least 0, to the jiao, down", fund.Explanation);
        Assert.Contains("第七条", fund.Citations);
    }

    [Fact]
    public void TheAccountCreditIsRoundedAsDeclared()
    {
        var policy = Policies.Checked("round account to 1元 down @ 第十条\nrule account = person.base * 2% @ 第十条");
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), new ParameterValues(policy.Parameters), trace: true);
        var credit = engine.Credit([Employed(baseAmount: 6543.21m)], new DateOnly(2024, 3, 1)).Results.Single();
        Assert.Equal(130m, credit.Credit); // 2% × 6543.21 = 130.8642, down to the yuan
    }
}
