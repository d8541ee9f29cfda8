using System.Text.Json;
using Rules = global::Emitted.XiangtanRules;

namespace PolicyDsl.Emitted.Tests;

/// <summary>
/// The emitted class's carried state, used as an embedding system would, typed: a claim at a time with
/// the state passed back, a batch, the engine's codes when a state or an order is wrong, and a state
/// whose JSON the library's facade reads (and the other way round). Figures from 潭政办发〔2022〕36号 第四条.
/// </summary>
public class CarriedStateTests
{
    private static readonly Rules.Parameters None = new();

    private static Rules.Input Claim(string person, DateOnly date, Rules.HospitalLevel level, decimal amount) =>
        new(date, amount, level, Rules.Channel.OnSite, Rules.Place.Local, Designated: true, Inpatient: false, Rules.InsuredStatus.Employed, 45, Rules.Scheme.Employer,
            OldWorker: false, Base: 6000m) { PersonId = person };

    private static readonly Rules.Input January = Claim("A", new DateOnly(2023, 1, 5), Rules.HospitalLevel.Level2, 500m);
    private static readonly Rules.Input February = Claim("A", new DateOnly(2023, 2, 10), Rules.HospitalLevel.Level3, 800m);

    [Fact]
    public void AClaimAtATimeCarriesTheYearsTotals()
    {
        var state = Rules.PersonState.Start("A");
        var first = Rules.Settle(January, ref state, None);
        Assert.Equal((200m, 180m, 320m), (first.Deductible, first.Fund, first.Personal));   // 二级起付200; 60% × (500 − 200)
        var second = Rules.Settle(February, ref state, None);
        Assert.Equal(100m, second.Deductible);                                          // 300 a year, 200 met: min(300, 300 − 200)
        Assert.Equal(420m, second.Fund);                                                // 60% × (800 − 100)
        Assert.Equal(600m, second.FundYearToDate);                                      // 180 + 420
        Assert.Equal(new DateOnly(2023, 2, 10), state.LastDate);

        var nextYear = Claim("A", new DateOnly(2024, 1, 3), Rules.HospitalLevel.Level2, 500m);
        Assert.Equal(200m, Rules.Settle(nextYear, ref state, None).Deductible);         // a new year starts the totals again
    }

    [Fact]
    public void ABatchIsSettledInDateOrderAndAnsweredInTheOrderGiven()
    {
        var results = Rules.Settle([February, Claim("B", new DateOnly(2023, 1, 1), Rules.HospitalLevel.Level3, 100m), January], None);
        Assert.Equal([100m, 100m, 200m], results.Select(r => r.Deductible));            // A's January first: 200, then February 100; B 三级 300 capped at eligible 100
        Assert.Equal(["A", "B", "A"], results.Select(r => r.PersonId));
    }

    [Fact]
    public void AWrongStateOrOrderFailsWithTheEnginesCodesAndLeavesTheStateAsItWas()
    {
        var state = Rules.PersonState.Start("A");
        Rules.Settle(February, ref state, None);
        var kept = state;

        var early = Assert.Throws<Rules.SettlementException>(() => Rules.Settle(January, ref state, None));
        Assert.Equal("PD0313", early.Code);                                             // January after February
        Assert.StartsWith("PD0313: A's claim of 2023-01-05 comes before the last one settled (2023-02-10)", early.Message);
        Assert.Same(kept, state);

        var other = Claim("B", new DateOnly(2023, 3, 1), Rules.HospitalLevel.Level1, 100m);
        Assert.Equal("PD0312", Assert.Throws<Rules.SettlementException>(() => Rules.Settle(other, ref state, None)).Code);
        var altered = state with { Totals = state.Totals.Select(t => t with { Name = "total.other" }).ToArray() };
        Assert.Equal("PD0312", Assert.Throws<Rules.SettlementException>(() => Rules.Settle(January with { Date = new DateOnly(2023, 3, 1) }, ref altered, None)).Code);
        Assert.Same(kept, state);

        var beforeInForce = Claim("A", new DateOnly(2022, 9, 30), Rules.HospitalLevel.Level1, 100m);     // in force from 2022-10-01
        var batch = Assert.Throws<Rules.SettlementException>(() => Rules.Settle([January, beforeInForce], None));
        Assert.Equal(("PD0301", (int?)1), (batch.Code, batch.ClaimIndex));
    }

    [Fact]
    public void TheStateIsTheFacadesPersonStateAsJson()
    {
        var settler = Hosting.Policy.Load(Path.Combine(Repository.Policies, "xiangtan.policy")).Policy!.Compile();
        var person = new Domain.Person("A", Domain.InsuredStatus.Employed, 45, Domain.Scheme.Employer, Base: 6000m);
        var engine = settler.Settle(new Domain.Claim(person, January.Date, Domain.HospitalLevel.Level2, January.Amount), Runtime.PersonState.Start("A")).State;
        var emitted = Rules.PersonState.Start("A");
        Rules.Settle(January, ref emitted, None);
        Assert.Equal(JsonSerializer.Serialize(engine), JsonSerializer.Serialize(emitted));

        // A state kept by one is carried on by the other.
        var fromEngine = JsonSerializer.Deserialize<Rules.PersonState>(JsonSerializer.Serialize(engine))!;
        Assert.Equal(100m, Rules.Settle(February, ref fromEngine, None).Deductible);
        var fromEmitted = JsonSerializer.Deserialize<Runtime.PersonState>(JsonSerializer.Serialize(emitted))!;
        Assert.Equal(100m, settler.Settle(new Domain.Claim(person, February.Date, Domain.HospitalLevel.Level3, February.Amount), fromEmitted).Settlement!.Deductible);
    }

    [Fact]
    public void AnAccountCreditIsTheEnginesWithItsCodes()
    {
        Assert.Equal(120m, Rules.Credit(January, new DateOnly(2023, 5, 20), None));     // 第十条: 在职 2% of base 6000
        Assert.Equal("PD0301", Assert.Throws<Rules.SettlementException>(() => Rules.Credit(January, new DateOnly(2022, 9, 1), None)).Code);
    }
}
