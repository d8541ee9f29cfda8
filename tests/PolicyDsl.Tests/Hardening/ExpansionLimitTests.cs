using PolicyDsl.Compilation;
using PolicyDsl.Compilation.CSharp;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Binding;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Hardening;

/// <summary>
/// Issue 11, items 2–4: a file the parser accepts can still nest or grow without bound once lets and
/// functions are written out in one another. The checker measures that and refuses it (PD0219, PD0220,
/// PD0221); whatever it accepts, every later stage runs on a 1 MB stack.
/// </summary>
public class ExpansionLimitTests
{
    private static CheckResult Check(string snippet) => SmallStack.Run(() => Policies.Check(Policies.Complete(snippet)));

    private static string LetChain(int length, string last) =>
        "rule deductible = l0 @ 第一条\n" + string.Concat(Enumerable.Range(0, length).Select(i => $"let l{i} = l{i + 1}\n")) + $"let l{length} = {last}\n";

    [Fact]
    public void AChainOf6500LetsIsRefusedWhereItPassesTheDepth()
    {
        // Once a stack overflow in the checker (exit 134): binding each let bound the next inside it.
        var result = Check(LetChain(6500, "0元"));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("PD0219", error.Id);
        // l6500 is depth 1, l(6500 − k) depth k + 1: the first past 500 is l6000.
        Assert.Contains("'l6000' nests 501 levels deep", error.Message);
    }

    [Fact]
    public void AFieldOfARecordReachedThrough6500LetsDoesNotRecurse()
    {
        // Lowering r0.employed followed each let into the next, one call inside another.
        var text = "rule deductible = r0.employed @ 第一条\n" + string.Concat(Enumerable.Range(0, 6500).Select(i => $"let r{i} = r{i + 1}\n"))
            + "let r6500 = { employed = 1元; retired = 2元 }\n";
        var result = Check(text);
        Assert.Contains(result.Diagnostics, d => d.Id == "PD0219");
    }

    [Fact]
    public void ACycleOf6500LetsIsOneError()
    {
        var result = Check(LetChain(6500, "l0"));
        var errors = result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
        Assert.Equal("PD0221", Assert.Single(errors).Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PD0212");
    }

    [Fact]
    public void AShortCycleIsStillReportedAsCircular()
    {
        var result = Check(LetChain(10, "l0"));
        Assert.Equal("PD0112", Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error).Id);
    }

    [Fact]
    public void AChainOfFunctionsEach190NotsDeepIsRefused()
    {
        // Once checked clean and overflowed the compiler's stack: 100 functions, 19,000 levels inlined.
        var text = "rule deductible = if f99 true then 0元 else 1元 @ 第一条\nlet f0 (x: Bool) = " + Nots(190) + "x\n"
            + string.Concat(Enumerable.Range(1, 99).Select(i => $"let f{i} (x: Bool) = {Nots(190)}f{i - 1} x\n"));
        var error = Assert.Single(Check(text).Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("PD0219", error.Id);
        Assert.StartsWith("'f2' nests", error.Message);
    }

    [Fact]
    public void AFunctionThatDoublesAtEachLevelIsRefusedAtTheLevelThatPassesTheSize()
    {
        // g18 once took 24 s and 2.5 GB in eval while check took 0.5 s: each call copied the function.
        var text = "rule deductible = g18 0元 @ 第一条\nlet g0 (x: Money) = x + 1元\n"
            + string.Concat(Enumerable.Range(1, 18).Select(i => $"let g{i} (x: Money) = g{i - 1} (g{i - 1} x)\n"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Single(Check(text).Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("PD0220", error.Id);
        // g_i has 2^(i+1) + … nodes: g12 is the first past 20,000.
        Assert.StartsWith("'g12' grows to more than 20,000 operations", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"checking took {watch.Elapsed}");
    }

    [Fact]
    public void ARuleThatCallsAFunctionTooOftenIsRefusedAtTheRule()
    {
        var text = "let g (x: Money) = " + string.Join(" + ", Enumerable.Repeat("x", 150)) + "\n"
            + "rule deductible = " + string.Join(" + ", Enumerable.Repeat("g 1元", 150)) + " @ 第一条\n";
        var error = Assert.Single(Check(text).Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("PD0220", error.Id);
        Assert.StartsWith("rule deductible grows", error.Message);
    }

    /// <summary>Just inside both limits: five functions 95 `not`s deep each, a 400-let chain, a function used 2^13 times.</summary>
    private static string AtTheLimits() =>
        "let f0 (x: Bool) = " + Nots(95) + "x\n"
        + string.Concat(Enumerable.Range(1, 4).Select(i => $"let f{i} (x: Bool) = {Nots(95)}f{i - 1} x\n"))
        + "exclude \"deep\" when f4 claim.inpatient @ 第一条\n"
        + LetChain(400, "0元")
        + "let g0 (x: Money) = x + 1元\n" + string.Concat(Enumerable.Range(1, 11).Select(i => $"let g{i} (x: Money) = g{i - 1} (g{i - 1} x)\n"))
        + "rule cap = g11 1000元 @ 第一条\n";

    [Fact]
    public async Task WhatTheCheckerAcceptsAtTheLimitsEveryBackEndRunsOnASmallStack()
    {
        var result = Check(AtTheLimits());
        Assert.True(result.Policy is not null, string.Join("\n", result.Diagnostics));
        var policy = result.Policy!;
        var (size, depth) = ExpansionAnalysis.Largest(Roots(policy));
        Assert.InRange(depth, Limits.MaxExpandedDepth - 100, Limits.MaxExpandedDepth);
        Assert.InRange(size, Limits.MaxExpandedSize / 4, Limits.MaxExpandedSize);
        var values = new ParameterValues(policy.Parameters);
        var claim = Claims.On(Claims.Employed(), "2023-03-01", Domain.HospitalLevel.Level2, 500m);
        var roslyn = await RoslynCompiledPolicy.CompileAsync(policy, "limits", values, throughSettle: true);
        var summaries = SmallStack.Run(() => new IRuleEvaluator[] { CompiledPolicy.Compile(policy), CompiledPolicy.Compile(policy, traced: true), new TreeWalkingEvaluator(policy), roslyn }
            .Select(e => Evaluate.Summary(new SettlementEngine(policy, e, values).Settle([claim]).Results.Single())).ToList());
        Assert.All(summaries, s => Assert.Equal(summaries[0], s));
        Assert.Contains("cap=3048", summaries[0]); // 1000 + 2^11 × 1元
        Assert.NotEmpty(SmallStack.Run(() => CSharpEmitter.Emit(policy, "limits")));
    }

    [Fact]
    public async Task LetsUsedSeveralTimesAreComputedOnceInTheEmittedClassToo()
    {
        // Each let uses the one before three times: the engine computes each once, and the emitted
        // class, which once called each let method afresh, would have made 3^40 calls.
        var lets = string.Join("\n", Enumerable.Range(1, 40).Select(n => $"let a{n} = a{n - 1} + a{n - 1} - a{n - 1}"));
        var policy = Policies.Checked($"let a0 = claim.amount @ 第一条\n{lets}\nrule eligible = a40 @ 第一条");
        var values = new ParameterValues(policy.Parameters);
        var roslyn = await RoslynCompiledPolicy.CompileAsync(policy, "lets", values, throughSettle: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var settled = new SettlementEngine(policy, roslyn, values).Settle([Claims.On(Claims.Employed(), "2023-03-01", Domain.HospitalLevel.Level2, 500m)]).Results.Single();
        Assert.Equal(500m, settled.Eligible);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"settling took {watch.Elapsed}");
    }

    [Fact]
    public void TheShippedPoliciesUseAFractionOfEachLimit()
    {
        foreach (var name in PolicyDsl.Tests.Properties.PolicyInvariantProperties.ShippedNames())
        {
            var (policy, _) = PolicyDsl.Tests.Properties.PolicyInvariantProperties.Load(name);
            var (size, depth) = ExpansionAnalysis.Largest(Roots(policy));
            Assert.True(size * 10 < Limits.MaxExpandedSize && depth * 10 < Limits.MaxExpandedDepth, $"{name}: size {size}, depth {depth}");
        }
    }

    private static IEnumerable<PolicyDsl.Semantics.Bound.BoundExpr> Roots(CheckedPolicy policy) =>
        new[] { policy.Rules.Eligible, policy.Rules.Deductible, policy.Rules.Ratio, policy.Rules.Cap, policy.Rules.Account, policy.Rules.Fund }.OfType<PolicyDsl.Semantics.Bound.BoundExpr>()
            .Concat(policy.Exclusions.Select(e => e.Condition));

    private static string Nots(int count) => string.Concat(Enumerable.Repeat("not ", count));
}
