using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// Which deductibles are met once (splitting a claim must leave the fund unchanged) and which are
/// charged per visit (splitting may only lower it): the split invariant is as strict as the rule allows.
/// </summary>
public class PolicyDomainTests
{
    [Theory]
    [InlineData("xiangtan", false)]            // min (level − met at level) (300 − met): met once
    [InlineData("examples/xiangtan-top-up", false)] // level − met: met once
    [InlineData("examples/xiangtan-per-visit", true)] // min (level) (300 − met): each visit charged
    [InlineData("anshan", false)]              // 400 − met
    [InlineData("chongqing", false)]           // by status − met
    [InlineData("jinan", false)]               // dated, each branch a threshold − met
    [InlineData("chuxiong", true)]             // a param per visit, no year total
    public void DeductibleKind(string name, bool perVisit)
    {
        var (policy, values) = PolicyInvariantProperties.Load(name);
        Assert.Equal(perVisit, PolicyDomain.Of(policy, values).PerVisitDeductible);
    }
}
