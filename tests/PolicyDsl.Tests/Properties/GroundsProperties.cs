using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyDsl.Compilation;
using PolicyDsl.Runtime;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// A settlement's grounds recorded alone (the cheap record eval's citations and assumptions columns come
/// from) are exactly the citations and assumptions of its full trace, for every shipped policy with the
/// assumed figures of policies/assumptions.params; and recording them changes no figure.
/// </summary>
public class GroundsProperties
{
    private static Property GroundsAreTheTracesCitationsAndAssumptions(string name)
    {
        var (policy, values) = PolicyInvariantProperties.Load(name);
        var compiled = CompiledPolicy.Compile(policy, traced: true);
        var traced = new SettlementEngine(policy, compiled, values, Recording.Trace);
        var grounded = new SettlementEngine(policy, compiled, values, Recording.Grounds);
        var figures = new SettlementEngine(policy, CompiledPolicy.Compile(policy), values, Recording.Figures);
        return Prop.ForAll(Arbitraries.ClaimHistories(policy, values), history =>
        {
            var full = traced.Settle(history.Claims);
            var cheap = grounded.Settle(history.Claims);
            var bare = figures.Settle(history.Claims);
            Assert.Equal(full.Error?.Id, cheap.Error?.Id);
            Assert.Equal(full.Results.Count, cheap.Results.Count);
            Assert.Equal(full.Results.Count, bare.Results.Count);
            for (var i = 0; i < full.Results.Count; i++)
            {
                var (t, g, f) = (full.Results[i], cheap.Results[i], bare.Results[i]);
                Assert.Null(g.Trace);
                Assert.Null(f.Grounds);
                Assert.Equal(t.Trace!.Citations, g.Grounds!.Citations);
                Assert.Equal(t.Trace.Assumptions, g.Grounds.Assumptions);
                Assert.Equal(t.Trace.Citations, t.Grounds!.Citations);
                Assert.Equal((t.Fund, t.Personal, t.Deductible, t.Eligible, t.Cap), (g.Fund, g.Personal, g.Deductible, g.Eligible, g.Cap));
                Assert.Equal((t.Fund, t.Personal, t.Deductible, t.Eligible, t.Cap), (f.Fund, f.Personal, f.Deductible, f.Eligible, f.Cap));
            }
        });
    }

    [Property(MaxTest = 50, Replay = "(3141592,65358979)")]
    public Property Xiangtan() => GroundsAreTheTracesCitationsAndAssumptions("xiangtan");

    [Property(MaxTest = 50, Replay = "(3141592,65358979)")]
    public Property Anshan() => GroundsAreTheTracesCitationsAndAssumptions("anshan");

    [Property(MaxTest = 50, Replay = "(3141592,65358979)")]
    public Property Chuxiong() => GroundsAreTheTracesCitationsAndAssumptions("chuxiong");

    [Property(MaxTest = 50, Replay = "(3141592,65358979)")]
    public Property Jinan() => GroundsAreTheTracesCitationsAndAssumptions("jinan");

    [Property(MaxTest = 50, Replay = "(3141592,65358979)")]
    public Property Chongqing() => GroundsAreTheTracesCitationsAndAssumptions("chongqing");

    [Property(MaxTest = 50, Replay = "(3141592,65358979)")]
    public Property Banded() => GroundsAreTheTracesCitationsAndAssumptions("examples/banded");

    [Property(MaxTest = 50, Replay = "(3141592,65358979)")]
    public Property Caps() => GroundsAreTheTracesCitationsAndAssumptions("examples/caps");

    [Fact]
    public void ClaimsWithTheSameGroundsShareOneRecord()
    {
        var (policy, values) = PolicyInvariantProperties.Load("xiangtan");
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), values, Recording.Grounds);
        var person = new Domain.Person("P1", Domain.InsuredStatus.Employed, 40, Domain.Scheme.Employer);
        var claims = Enumerable.Range(1, 5).Select(d => new Domain.Claim(person, new DateOnly(2024, 3, d), Domain.HospitalLevel.Level2, 50m)).ToList();
        var results = engine.Settle(claims).Results;
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Same(results[^1].Grounds, r.Grounds));
    }
}
