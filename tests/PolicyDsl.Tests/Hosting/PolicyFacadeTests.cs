using PolicyDsl.Domain;
using PolicyDsl.Hosting;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Support;
using static PolicyDsl.Tests.Support.Claims;

namespace PolicyDsl.Tests.Hosting;

/// <summary>The host's entry point: loading with diagnostics as data, typed parameters checked when set, carried state checked when used.</summary>
public class PolicyFacadeTests
{
    private static readonly string Text = Policies.Complete("""
        param pension : Money @ 第一条 "退休人员基本养老金"
        param share : Ratio @ 第一条 "比例"
        rule deductible = (if pension > 3000元 then 100元 else 0元) @ 第二条
        """);

    private static Policy Load() => Policy.Parse(Text, "test.policy").Policy!;

    [Fact]
    public void AFileThatCannotBeReadIsADiagnosticNotAnException()
    {
        var load = Policy.Load(Repository.Path("policies", "no-such-city.policy"));
        Assert.False(load.Succeeded);
        Assert.Equal("PD0415", Assert.Single(load.Diagnostics).Id);
        Assert.Contains("no such file", load.Diagnostics[0].Message);
    }

    [Fact]
    public void AFileWithErrorsGivesTheErrorsAndNoPolicy()
    {
        var load = Policy.Parse(Policies.Complete("rule ratio = 60元 @ 第一条"), "bad.policy");
        Assert.Null(load.Policy);
        Assert.Equal("PD0203", Assert.Single(load.Diagnostics).Id); // rule ratio must be Ratio, not Money
        Assert.All(load.Diagnostics, d => Assert.Equal("bad.policy", d.Source.Path));
    }

    [Fact]
    public void AShippedPolicyLoadsWithItsHeader()
    {
        var policy = Policy.Load(Repository.Path("policies", "xiangtan.policy")).Policy!;
        Assert.Equal("湘潭市", policy.City);
        Assert.Contains("潭政办发〔2022〕36号", policy.Notices);
        Assert.Empty(policy.ParameterNames);
    }

    [Fact]
    public void ParametersAreCheckedAgainstTheirTypesWhenSet()
    {
        var parameters = Load().NewParameters();
        Assert.Equal("PD0403", parameters.TrySet("pension", PolicyValue.Percent(60))?.Id);          // a ratio is not money
        Assert.Contains("is Ratio, but the parameter is Money", parameters.TrySet("pension", PolicyValue.Percent(60))!.Message);
        Assert.Equal("PD0403", parameters.TrySet("share", PolicyValue.Percent(150))?.Id);           // more than 100%
        Assert.Contains("a ratio is from 0% to 100%", parameters.TrySet("share", PolicyValue.Percent(150))!.Message);
        Assert.Equal("PD0403", parameters.TrySet("pension", PolicyValue.Money(-1m))?.Id);
        var misspelt = parameters.TrySet("pensoin", PolicyValue.Money(3600m));
        Assert.Equal("PD0402", misspelt?.Id);
        Assert.Contains("did you mean 'pension'?", misspelt!.Message);
        Assert.Null(parameters.TrySet("pension", PolicyValue.Parse("3600元")));
        Assert.Equal(3600m, parameters.ValueOf("pension"));
        Assert.Throws<ArgumentException>(() => parameters.Set("share", PolicyValue.Money(1m)));
    }

    [Fact]
    public void ASettlerKeepsTheValuesItWasCompiledWith()
    {
        var policy = Load();
        var parameters = policy.NewParameters().Set("pension", PolicyValue.Money(3600m)).Set("share", PolicyValue.Percent(10));
        var settler = policy.Compile(parameters);
        parameters.Set("pension", PolicyValue.Money(1000m));
        var settled = settler.Settle([On(Employed(), "2023-03-01", HospitalLevel.Level2, 300m)]);
        Assert.True(settled.Succeeded, settled.Error?.ToString());
        Assert.Equal(100m, settled.Results[0].Fund); // pension 3600 > 3000: deductible 100; 50% × (300 − 100)
    }

    [Fact]
    public void ParametersOfAnotherPolicyAreRefused()
    {
        var other = Load().NewParameters();
        Assert.Throws<ArgumentException>(() => Load().Compile(other));
    }

    [Fact]
    public void CarriedStateIsCheckedWhenUsed()
    {
        var settler = Policy.Load(Repository.Path("policies", "xiangtan.policy")).Policy!.Compile();
        var first = settler.Settle(On(Employed("A"), "2024-03-01", HospitalLevel.Level2, 500m), PersonState.Start("A"));
        Assert.True(first.Succeeded, first.Error?.ToString());

        var someoneElse = settler.Settle(On(Employed("B"), "2024-03-02", HospitalLevel.Level2, 500m), first.State);
        Assert.Equal("PD0312", someoneElse.Error?.Id);
        Assert.Same(first.State, someoneElse.State);

        var earlier = settler.Settle(On(Employed("A"), "2024-02-01", HospitalLevel.Level2, 500m), first.State);
        Assert.Equal("PD0313", earlier.Error?.Id);
        Assert.Equal("A's claim of 2024-02-01 comes before the last one settled (2024-03-01)", earlier.Error!.Message);

        var otherPolicy = Policy.Load(Repository.Path("policies", "examples", "banded.policy")).Policy!.Compile();
        Assert.Equal("PD0312", otherPolicy.Settle(On(Employed("A"), "2026-03-02", HospitalLevel.Level2, 500m), first.State).Error?.Id);
    }
}
