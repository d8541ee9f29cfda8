using System.Text.Json;
using PolicyDsl.Domain;
using PolicyDsl.Hosting;
using PolicyDsl.Runtime;

namespace PolicyDsl.Api.Tests;

/// <summary>Every member of <c>PolicyDsl.Hosting</c>, used as a host outside the library would use it.</summary>
public class HostingApiTests
{
    private static readonly string Policies = Repository.Policies;

    /// <summary>A policy with a param of every kind; <c>pension</c> has no default and decides the deductible.</summary>
    internal const string WithParams = """
        policy "测试"
            city "测试市"
            notice "测试〔2024〕1号"
            issued 2023-12-01
            in force from 2024-01-01

        param pension : Money @ 第一条 "退休人员基本养老金"
        param share : Ratio = 50% @ 第二条 "比例"
        param since : Date @ 第三条 "起算日"
        param covered : Bool @ 第三条 "是否纳入"
        param visits : Int @ 第三条 "次数"
        param uplift : Points @ 第四条 "提高"
        rule eligible = claim.amount @ 第一条
        rule deductible = (if pension > 3000元 then 100元 else 0元) @ 第二条
        rule ratio = share @ 第二条
        rule cap = 1000元 @ 第三条
        """;

    private static readonly Person Employed = new("A", InsuredStatus.Employed, 40, Scheme.Employer);

    [Fact]
    public void LoadAndParseGiveThePolicyOrItsDiagnostics()
    {
        var load = Policy.Load(Path.Combine(Policies, "xiangtan.policy"));
        Assert.True(load.Succeeded);
        var policy = load.Policy!;
        Assert.Equal("湘潭市", policy.City);
        Assert.Equal("湘潭市职工基本医疗保险门诊共济保障机制实施细则", policy.Title);
        Assert.Equal(["潭政办发〔2022〕36号"], policy.Notices);
        Assert.EndsWith("xiangtan.policy", policy.Path);
        Assert.Empty(policy.ParameterNames);

        var bad = Policy.Parse("policy \"x\"\nrule ratio = 60元", "bad.policy");
        Assert.False(bad.Succeeded);
        Assert.Null(bad.Policy);
        Assert.All(bad.Diagnostics, d => Assert.StartsWith("bad.policy:", d.ToString()));

        Assert.Equal("PD0415", Assert.Single(Policy.Load(Path.Combine(Policies, "none.policy")).Diagnostics).Id);
    }

    [Fact]
    public void EveryKindOfValueIsCheckedAgainstItsParam()
    {
        var policy = Policy.Parse(WithParams, "p.policy").Policy!;
        Assert.Equal(["pension", "share", "since", "covered", "visits", "uplift"], policy.ParameterNames);
        var parameters = policy.NewParameters();
        Assert.Equal(0.5m, parameters.ValueOf("share"));                       // the file's default
        Assert.Null(parameters.ValueOf("pension"));
        Assert.Null(parameters.TrySet("pension", PolicyValue.Money(3600m), "估计"));
        Assert.Null(parameters.TrySet("share", PolicyValue.Ratio(0.6m)));
        Assert.Null(parameters.TrySet("share", PolicyValue.Percent(70)));
        Assert.Null(parameters.TrySet("since", PolicyValue.Date(new DateOnly(2024, 1, 1))));
        Assert.Null(parameters.TrySet("covered", PolicyValue.Bool(true)));
        Assert.Null(parameters.TrySet("visits", PolicyValue.Int(3)));
        Assert.Null(parameters.TrySet("uplift", PolicyValue.Points(5)));
        Assert.Null(parameters.TrySet("pension", PolicyValue.Parse("3600元")));
        Assert.Equal(0.05m, parameters.ValueOf("uplift"));
        Assert.Equal("PD0403", parameters.TrySet("visits", PolicyValue.Money(3m))!.Id);
        Assert.Equal("PD0403", parameters.TrySet("uplift", PolicyValue.Points(150))!.Id);
        Assert.Equal("PD0402", parameters.TrySet("nope", PolicyValue.Bool(true))!.Id);
        Assert.Equal("3600元", PolicyValue.Money(3600m).ToString());
        Assert.Throws<ArgumentException>(() => parameters.Set("share", PolicyValue.Percent(101)));
        Assert.Same(parameters, parameters.Set("share", PolicyValue.Percent(50)));
    }

    [Fact]
    public void ASettlerSettlesBatchesOneClaimAtATimeAndAccounts()
    {
        var policy = Policy.Parse(WithParams, "p.policy").Policy!;
        var parameters = policy.NewParameters().Set("pension", PolicyValue.Money(3600m), "估计");
        var settler = policy.Compile(parameters, trace: true);
        Assert.True(settler.Traced);
        var claims = new[] { new Claim(Employed, new DateOnly(2024, 3, 1), HospitalLevel.Level2, 300m), new Claim(Employed, new DateOnly(2024, 4, 1), HospitalLevel.Level2, 300m) };

        var batch = settler.Settle(claims);
        Assert.True(batch.Succeeded);
        Assert.Equal([100m, 100m], batch.Results.Select(s => s.Fund));         // 50% × (300 − 100), the pension assumed 3600 > 3000
        Assert.Equal("pension", Assert.Single(batch.Results[0].Trace!.Assumptions).Parameter);

        var state = PersonState.Start("A");
        foreach (var (claim, expected) in claims.Zip(batch.Results))
        {
            var outcome = settler.Settle(claim, state);
            Assert.True(outcome.Succeeded);
            Assert.Equal(expected.Fund, outcome.Settlement!.Fund);
            state = JsonSerializer.Deserialize<PersonState>(JsonSerializer.Serialize(outcome.State))!;
        }
        Assert.Equal(new DateOnly(2024, 4, 1), state.LastDate);
        Assert.Equal(200m, state.Totals.Single(t => t.Name == "year.fundPaid").Values.Single());

        var credit = settler.Credit([Employed], new DateOnly(2024, 3, 1));
        Assert.Equal("PD0307", credit.Error!.Id);                              // the policy has no account rule
    }
}
