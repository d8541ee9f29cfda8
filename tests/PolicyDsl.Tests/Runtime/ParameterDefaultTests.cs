using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Tests.Support;
using static PolicyDsl.Tests.Support.Claims;

namespace PolicyDsl.Tests.Runtime;

/// <summary>
/// A param with a default is the file's own reading (鞍山's "exploring is not covering"): used unflagged
/// when the run gives no value, replaced by a supplied value, and flagged when replaced by an assumption.
/// </summary>
public class ParameterDefaultTests
{
    private static readonly PolicyDsl.Semantics.CheckedPolicy Policy = Policies.Checked("""
        param pharmacyCovered : Bool = false @ 三（二） "药店是否纳入"
        exclude "药店尚在探索" when claim.channel = Pharmacy && not pharmacyCovered @ 三（二）
        """);

    private static Settlement SettlePharmacyClaim(params ParameterAssignment[] assignments)
    {
        var (values, errors) = ParameterBinding.Bind(Policy, "test", assignments);
        Assert.Empty(errors);
        var claim = On(Employed(), "2023-03-01", HospitalLevel.Level2, 100m, channel: Channel.Pharmacy);
        var outcome = new SettlementEngine(Policy, CompiledPolicy.Compile(Policy, traced: true), values, trace: true).Settle([claim]);
        Assert.True(outcome.Succeeded, outcome.Error?.ToString());
        return outcome.Results.Single();
    }

    [Fact]
    public void TheDefaultIsUsedWithoutAFlag()
    {
        var settled = SettlePharmacyClaim();
        Assert.Equal(0m, settled.Fund);
        Assert.Equal("药店尚在探索", settled.ExcludedBy);
        Assert.Empty(settled.Trace!.Assumptions);
    }

    [Fact]
    public void ASuppliedValueReplacesTheDefault()
    {
        var settled = SettlePharmacyClaim(new ParameterAssignment(null, "pharmacyCovered", "true", null, "--set"));
        Assert.Equal(50m, settled.Fund); // 50% × 100
        Assert.Empty(settled.Trace!.Assumptions);
    }

    [Fact]
    public void AnAssumedValueReplacesTheDefaultAndIsFlagged()
    {
        var settled = SettlePharmacyClaim(new ParameterAssignment(null, "pharmacyCovered", "true", "分析人员的读法", "t.params:1"));
        Assert.Equal(50m, settled.Fund);
        Assert.Equal("pharmacyCovered", Assert.Single(settled.Trace!.Assumptions).Parameter);
    }

    [Fact]
    public void TheDefaultMustHaveTheParamsType()
    {
        var errors = Policies.Errors(Policies.Complete("param covered : Bool = 1元 @ 第一条\nrule eligible = (if covered then claim.amount else 0元) @ 第一条"));
        Assert.Equal("PD0123", Assert.Single(errors).Id);
    }

    [Fact]
    public void TheEmittedClassStartsFromTheDefault()
    {
        var code = PolicyDsl.Compilation.CSharp.CSharpEmitter.Emit(Policy, "test.policy");
        Assert.Contains("public bool? pharmacyCovered { get; set; } = false;", code);
    }
}
