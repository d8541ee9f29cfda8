using PolicyDsl.Compilation;
using PolicyDsl.Runtime;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Hardening;

/// <summary>
/// Issue 11, item 11: a policy with thousands of exclusions, invariants or params settles in time
/// linear in its size. 20,000 exclusions once took 15 s to compile (one delegate each), 20,000
/// invariants were compiled for eval though only verify reads them, and a params file was matched
/// line by line against the list of params (100,000 lines, 20,000 params: 25 s).
/// </summary>
public class ScalingTests
{
    private static CheckedPolicy Many(Func<int, string> line, int count) =>
        Policies.Checked(string.Concat(Enumerable.Range(0, count).Select(i => line(i) + "\n")));

    [Fact]
    public void ExclusionsAreCompiledAGroupAtATimeAndStillEachApplyOnItsOwn()
    {
        var policy = Many(i => $"exclude \"r{i}\" when claim.amount = {i + 1}元 @ 第八条", 5000);
        var compiled = CompiledPolicy.Compile(policy);
        Assert.Equal((5000 + CaseGroups.GroupSize - 1) / CaseGroups.GroupSize, compiled.ExclusionDelegates);
        // Either side of a group's edge, and the last: each claim is excluded by its own exclusion only.
        foreach (var amount in new[] { 1m, 256m, 257m, 5000m })
        {
            var settled = new SettlementEngine(policy, compiled, new ParameterValues(policy.Parameters))
                .Settle([Claims.On(Claims.Employed(), "2023-03-01", Domain.HospitalLevel.Level2, amount)]).Results.Single();
            Assert.Equal($"r{amount - 1}", settled.ExcludedBy);
        }
        var none = Evaluate.TrySettle(policy, [Claims.On(Claims.Employed(), "2023-03-01", Domain.HospitalLevel.Level2, 5001m)]);
        Assert.Null(none.Results.Single().ExcludedBy);
    }

    [Fact]
    public void InvariantsAreCompiledOnlyWhenAskedAbout()
    {
        var policy = Many(i => $"invariant \"i{i}\" = result.fund <= {i + 100}元 @ 第八条", 3000);
        var compiled = CompiledPolicy.Compile(policy);
        new SettlementEngine(policy, compiled, new ParameterValues(policy.Parameters)).Settle([Claims.On(Claims.Employed(), "2023-03-01", Domain.HospitalLevel.Level2, 500m)]);
        Assert.False(compiled.InvariantsCompiled);
        var context = new EvaluationContext(new ParameterValues(policy.Parameters)) { Person = Claims.Employed(), Result = new SettledFigures(fund: 150m) };
        Assert.False(compiled.InvariantHolds(0, context));   // 150 <= 100
        Assert.True(compiled.InvariantHolds(2999, context)); // 150 <= 3099
        Assert.True(compiled.InvariantsCompiled);
    }

    [Fact]
    public void AParamsFileIsMatchedByName()
    {
        var policy = Many(i => $"param p{i} : Money = 1元 @ 第八条", 20_000);
        var lines = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"p{(i * 7) % 20_000} = {i % 97}元\n"));
        var (assignments, errors) = ParamsFile.Parse("big.params", lines);
        Assert.Empty(errors);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (values, bindErrors) = ParameterBinding.Bind(policy, "big", assignments);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"binding took {watch.Elapsed}");
        Assert.Empty(bindErrors);
        // The last line naming p0 wins: 7i ≡ 0 mod 20,000 means i = 0, 20,000, …, 80,000; 80,000 mod 97 = 72.
        Assert.Equal(72m, values.ValueOf(policy.Parameters[0]));
    }
}
