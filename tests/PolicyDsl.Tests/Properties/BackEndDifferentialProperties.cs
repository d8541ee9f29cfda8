using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyDsl.Compilation;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// The back ends check each other: for generated histories, the expression-tree delegates, the
/// tree-walking oracle, the emitted C# compiled by Roslyn, and the emitted class's own <c>Settle</c>
/// settle every claim identically, to the fen, for every shipped policy (examples included) and for
/// randomly generated ones. A difference names the values and the input.
/// </summary>
public class BackEndDifferentialProperties
{
    private sealed record BackEnds(Arbitrary<ClaimHistory> Histories, SettlementEngine Trees, SettlementEngine Oracle, SettlementEngine Roslyn, SettlementEngine Settle);

    private static readonly Dictionary<string, BackEnds> Engines = [];

    private static BackEnds For(string name)
    {
        lock (Engines)
        {
            if (!Engines.TryGetValue(name, out var engines))
            {
                var (policy, values) = PolicyInvariantProperties.Load(name);
                engines = Build(policy, values, Path.GetFileName(name));
                Engines[name] = engines;
            }
            return engines;
        }
    }

    private static BackEnds Build(PolicyDsl.Semantics.CheckedPolicy policy, ParameterValues values, string id) => new(
        Arbitraries.ClaimHistories(policy, values),
        new SettlementEngine(policy, CompiledPolicy.Compile(policy), values),
        new SettlementEngine(policy, new TreeWalkingEvaluator(policy), values),
        new SettlementEngine(policy, RoslynCompiledPolicy.CompileAsync(policy, id, values).GetAwaiter().GetResult(), values),
        new SettlementEngine(policy, RoslynCompiledPolicy.CompileAsync(policy, id, values, throughSettle: true).GetAwaiter().GetResult(), values));

    private static void AssertSame(string name, BackEnds engines, ClaimHistory history)
    {
        var reference = engines.Trees.Settle(history.Claims);
        foreach (var (label, engine) in new[] { ("tree-walking oracle", engines.Oracle), ("emitted C#", engines.Roslyn), ("emitted Settle", engines.Settle) })
        {
            var other = engine.Settle(history.Claims);
            Assert.True(reference.Error?.Id == other.Error?.Id,
                $"{name}: expression trees {reference.Error?.ToString() ?? "settle"}, {label} {other.Error?.ToString() ?? "settles"}\n{Counterexample.ToCsv(history.Claims)}");
            var left = Evaluate.Summaries(reference.Results);
            var right = Evaluate.Summaries(other.Results);
            Assert.True(left == right, $"{name}: expression trees and {label} differ\n{left}\n---\n{right}\ninput:\n{Counterexample.ToCsv(history.Claims)}");
        }
    }

    private static Property SameResults(string name)
    {
        var engines = For(name);
        return Prop.ForAll(engines.Histories, history => AssertSame(name, engines, history));
    }

    [Property(MaxTest = 60, Replay = "(42,4243)")]
    public Property Xiangtan() => SameResults("xiangtan");

    [Property(MaxTest = 60, Replay = "(42,4243)")]
    public Property Anshan() => SameResults("anshan");

    [Property(MaxTest = 60, Replay = "(42,4243)")]
    public Property Chuxiong() => SameResults("chuxiong");

    [Property(MaxTest = 60, Replay = "(42,4243)")]
    public Property Jinan() => SameResults("jinan");

    [Property(MaxTest = 60, Replay = "(42,4243)")]
    public Property Chongqing() => SameResults("chongqing");

    /// <summary>Every example, the ones that shape the fund themselves included (bands, several caps, no cap, declared inputs).</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void ExamplesAgree(string name)
    {
        var engines = For(name);
        foreach (var history in engines.Histories.Generator.Sample(60, new Rnd(77, 79), 40)) AssertSame(name, engines, history);
    }

    public static TheoryData<string> Examples() => new(PolicyInvariantProperties.ShippedNames().Where(n => n.StartsWith("examples/", StringComparison.Ordinal)));

    /// <summary>Policies no one wrote: random deductibles, ratios, bands, caps, totals and inputs, checked and settled by every back end.</summary>
    [Property(MaxTest = 12, Replay = "(31337,1009)")]
    public Property GeneratedPoliciesAgree() =>
        Prop.ForAll(GeneratedPolicies.Arbitrary, text =>
        {
            var result = PolicyDsl.Semantics.PolicyChecker.Check(new PolicyDsl.Text.SourceText("generated.policy", text));
            Assert.True(result.Policy is not null, "a generated policy does not check:\n" + string.Join("\n", result.Diagnostics) + "\n" + text);
            var policy = result.Policy!;
            var values = new ParameterValues(policy.Parameters);
            var engines = Build(policy, values, "generated");
            foreach (var history in engines.Histories.Generator.Sample(15, new Rnd(5, 7), 30)) AssertSame("generated:\n" + text, engines, history);
        });

    [Fact]
    public async Task AccountCreditsAgreeForEveryPolicy()
    {
        foreach (var name in new[] { "xiangtan", "anshan", "chuxiong", "jinan", "chongqing" })
        {
            var (policy, values) = PolicyInvariantProperties.Load(name);
            var roslyn = await RoslynCompiledPolicy.CompileAsync(policy, name, values);
            var persons = HistoryGenerators.Person.Sample(200, new Rnd(9, 19), 30);
            foreach (var month in new[] { new DateOnly(2023, 6, 1), new DateOnly(2024, 1, 1), new DateOnly(2025, 3, 1) })
            {
                var a = new SettlementEngine(policy, CompiledPolicy.Compile(policy), values).Credit(persons, month);
                var b = new SettlementEngine(policy, roslyn, values).Credit(persons, month);
                Assert.Equal(a.Error?.Id, b.Error?.Id);
                Assert.Equal(a.Results.Select(r => r.Credit), b.Results.Select(r => r.Credit));
            }
        }
    }

    [Fact]
    public async Task ADifferenceBetweenTheBackEndsIsFound()
    {
        var (policy, values) = PolicyInvariantProperties.Load("xiangtan");
        // 第四条（二）: 60% at level 2; the altered class pays 61%.
        var altered = RoslynCompiledPolicy.ScriptSource(policy, "xiangtan").Replace("/* @ 第四条（二） */ 0.6m", "/* @ 第四条（二） */ 0.61m");
        var roslyn = await RoslynCompiledPolicy.CompileSourceAsync(policy, altered, values);
        var claim = Claims.On(Claims.Employed(), "2023-03-01", PolicyDsl.Domain.HospitalLevel.Level2, 500m);
        var trees = new SettlementEngine(policy, CompiledPolicy.Compile(policy), values).Settle([claim]).Results.Single();
        var emitted = new SettlementEngine(policy, roslyn, values).Settle([claim]).Results.Single();
        Assert.Equal(180.00m, trees.Fund);    // 60% × (500 − 200)
        Assert.Equal(183.00m, emitted.Fund);  // 61% × (500 − 200)
    }

    [Fact]
    public async Task ADifferenceInTheEmittedSettleIsFound()
    {
        var (policy, values) = PolicyInvariantProperties.Load("xiangtan");
        // The emitted Settle rounds half away from zero; the altered one to even: 50% … 0.605 shows it.
        var altered = RoslynCompiledPolicy.ScriptSource(policy, "xiangtan").Replace("MidpointRounding.AwayFromZero", "MidpointRounding.ToEven");
        var settle = await RoslynCompiledPolicy.CompileSourceAsync(policy, altered, values, throughSettle: true);
        var claim = Claims.On(Claims.Employed(), "2023-03-01", PolicyDsl.Domain.HospitalLevel.Level1, 0.75m);
        var trees = new SettlementEngine(policy, CompiledPolicy.Compile(policy), values).Settle([claim]).Results.Single();
        var emitted = new SettlementEngine(policy, settle, values).Settle([claim]).Results.Single();
        Assert.Equal(0.53m, trees.Fund);    // 70% × 0.75 = 0.525 → 0.53, half away from zero
        Assert.Equal(0.52m, emitted.Fund);  // to even: 0.52
    }

    [Fact]
    public async Task AwkwardNamesAndTextStillCompileAndAgree()
    {
        // Each line once made the emitted class fail to compile (found in review).
        var text = Policies.Complete("""
            let input = 100元 @ 第一条
            let Eligible = 2元 @ 第一条
            let Math = 1元 @ 第一条
            let f (parameters: Money) = parameters
            let T2Policy = 3元 @ 第一条
            rule eligible = -(-claim.amount) @ 第一条
            rule ratio = (match claim.inpatient with | true -> 50% | false -> 60%) @ 第一条
            rule cap = max Math (f input + Eligible + T2Policy) * 10 @ 第一条
            exclude "REASON" when claim.amount > 99999元 @ 第八条
            """).Replace("REASON", "原因\u2028第二行").Replace("policy \"test\"", "policy \"标题\u2028换行\"");
        var policy = PolicyDsl.Semantics.PolicyChecker.Check(new PolicyDsl.Text.SourceText("t2.policy", text)).Policy!;
        var values = new ParameterValues(policy.Parameters);
        var roslyn = await RoslynCompiledPolicy.CompileAsync(policy, "t2", values);
        var claim = Claims.On(Claims.Employed(), "2023-03-01", PolicyDsl.Domain.HospitalLevel.Level2, 500m);
        var trees = new SettlementEngine(policy, CompiledPolicy.Compile(policy), values).Settle([claim]).Results.Single();
        var emitted = new SettlementEngine(policy, roslyn, values).Settle([claim]).Results.Single();
        Assert.Equal(Evaluate.Summary(trees), Evaluate.Summary(emitted));
        Assert.Equal(1050m, emitted.Cap); // (100 + 2 + 3) × 10
    }

    [Fact]
    public void EmittedSourceIsSelfContained()
    {
        var (policy, _) = PolicyInvariantProperties.Load("jinan");
        var source = PolicyDsl.Compilation.CSharp.CSharpEmitter.Emit(policy, "jinan");
        Assert.DoesNotContain("PolicyDsl", source.Split('\n').Skip(1).First(l => l.StartsWith("using", StringComparison.Ordinal)));
        Assert.Contains("public static class JinanPolicy", source);
        Assert.Contains("/* @ 一（三） */ 6000m", source);
        Assert.Contains("public decimal? averagePension2023 { get; set; }", source);
    }
}
