using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyDsl.Compilation;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// The second compiler checks the first: for generated histories, the expression-tree delegates and
/// the emitted C# compiled by Roslyn settle every claim identically, to the fen, for every policy.
/// A difference names both values and the input.
/// </summary>
public class BackEndDifferentialProperties
{
    private static readonly Dictionary<string, (Arbitrary<ClaimHistory> Histories, SettlementEngine Trees, SettlementEngine Roslyn)> Engines = [];

    private static (Arbitrary<ClaimHistory>, SettlementEngine, SettlementEngine) For(string name)
    {
        lock (Engines)
        {
            if (!Engines.TryGetValue(name, out var engines))
            {
                var (policy, values) = PolicyInvariantProperties.Load(name);
                var roslyn = RoslynCompiledPolicy.CompileAsync(policy, name, values).GetAwaiter().GetResult();
                engines = (Arbitraries.ClaimHistories(policy, values),
                    new SettlementEngine(policy, CompiledPolicy.Compile(policy), values),
                    new SettlementEngine(policy, roslyn, values));
                Engines[name] = engines;
            }
            return engines;
        }
    }

    private static Property SameResults(string name)
    {
        var (histories, trees, roslyn) = For(name);
        return Prop.ForAll(histories, history =>
        {
            var a = trees.Settle(history.Claims);
            var b = roslyn.Settle(history.Claims);
            Assert.True(a.Error?.Id == b.Error?.Id, $"{name}: expression trees {a.Error?.ToString() ?? "settle"}, Roslyn {b.Error?.ToString() ?? "settles"}\n{Counterexample.ToCsv(history.Claims)}");
            var left = Evaluate.Summaries(a.Results);
            var right = Evaluate.Summaries(b.Results);
            Assert.True(left == right, $"{name}: the back ends differ\nexpression trees:\n{left}\nRoslyn:\n{right}\ninput:\n{Counterexample.ToCsv(history.Claims)}");
        });
    }

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Xiangtan() => SameResults("xiangtan");

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Anshan() => SameResults("anshan");

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Chuxiong() => SameResults("chuxiong");

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Jinan() => SameResults("jinan");

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Chongqing() => SameResults("chongqing");

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
