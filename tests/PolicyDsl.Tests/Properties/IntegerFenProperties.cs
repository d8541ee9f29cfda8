using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// Integer fen equals decimal: every person settled the way simulate settles them, once by the rules lowered to
/// whole units and once by the decimal engine, gives the same figures, caps, settled count and error, for every
/// shipped policy, for generated ones, and for policies with fine ratios and money (scales up to nine) under every
/// rounding. Each run also requires that the integer path really settled persons, so it cannot pass by always
/// handing them to the decimal engine.
/// </summary>
public class IntegerFenProperties
{
    private sealed class Recorded : ISettledFigures
    {
        public readonly List<(ClaimFigures Figures, AppliedCap[] Caps)> Claims = [];

        public void Add(Claim claim, in ClaimFigures figures, ReadOnlySpan<AppliedCap> caps) => Claims.Add((figures, caps.ToArray()));
    }

    private sealed record Pair(SettlementEngine Fen, SettlementEngine Decimal, SettlementSession FenSession, SettlementSession DecimalSession);

    private static Pair Engines(CheckedPolicy policy, ParameterValues values)
    {
        var compiled = CompiledPolicy.Compile(policy);
        var fen = new SettlementEngine(policy, compiled, values, Recording.Figures);
        var reference = new SettlementEngine(policy, compiled, values, Recording.Figures, integerFen: false);
        return new Pair(fen, reference, fen.NewSession(), reference.NewSession());
    }

    /// <summary>Each person's claims in date order (input order within a day), persons by first appearance: simulate's order.</summary>
    private static IEnumerable<Claim[]> Persons(IEnumerable<Claim> claims) =>
        claims.GroupBy(c => c.Person.Id).Select(g => g.OrderBy(c => c.Date).ToArray());

    private static void AssertSame(string name, Pair engines, IReadOnlyList<Claim> claims)
    {
        foreach (var person in Persons(claims))
        {
            var (fen, reference) = (new Recorded(), new Recorded());
            var a = engines.Fen.SettlePerson(person, engines.FenSession, fen);
            var b = engines.Decimal.SettlePerson(person, engines.DecimalSession, reference);
            var input = Counterexample.ToCsv(person);
            Assert.True(a.Settled == b.Settled && a.Error?.Id == b.Error?.Id,
                $"{name}: integer fen settled {a.Settled} ({a.Error}), decimal {b.Settled} ({b.Error})\n{input}");
            for (var i = 0; i < fen.Claims.Count; i++)
            {
                Assert.True(fen.Claims[i].Figures == reference.Claims[i].Figures, $"{name}, claim {i + 1}: integer fen {fen.Claims[i].Figures}, decimal {reference.Claims[i].Figures}\n{input}");
                Assert.True(fen.Claims[i].Caps.SequenceEqual(reference.Claims[i].Caps),
                    $"{name}, claim {i + 1}: caps {string.Join(", ", fen.Claims[i].Caps)} against {string.Join(", ", reference.Claims[i].Caps)}\n{input}");
            }
        }
    }

    private static Property SameAsDecimal(string name)
    {
        var (policy, values) = PolicyInvariantProperties.Load(name);
        var engines = Engines(policy, values);
        Assert.True(engines.Fen.SettlesInFen, $"{name} does not lower to integer fen");
        var histories = Arbitraries.ClaimHistories(policy, values);
        // Not vacuous: on a fixed sample the integer path settles most persons itself.
        foreach (var history in histories.Generator.Sample(40, new Rnd(3, 5), 20)) AssertSame(name, engines, history.Claims);
        var fen = engines.FenSession.Fen!;
        Assert.True(fen.Settled > fen.Fallbacks, $"{name}: integer fen settled {fen.Settled} persons and gave {fen.Fallbacks} to decimal");
        return Prop.ForAll(histories, history => AssertSame(name, engines, history.Claims));
    }

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Xiangtan() => SameAsDecimal("xiangtan");

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Anshan() => SameAsDecimal("anshan");

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Chuxiong() => SameAsDecimal("chuxiong");

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Jinan() => SameAsDecimal("jinan");

    [Property(MaxTest = 100, Replay = "(42,4243)")]
    public Property Chongqing() => SameAsDecimal("chongqing");

    /// <summary>Every example: bands, several caps, no cap, declared inputs, per-visit deductibles, top-ups.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void ExamplesAgree(string name)
    {
        var (policy, values) = PolicyInvariantProperties.Load(name);
        var engines = Engines(policy, values);
        Assert.True(engines.Fen.SettlesInFen, $"{name} does not lower to integer fen");
        foreach (var history in Arbitraries.ClaimHistories(policy, values).Generator.Sample(100, new Rnd(77, 79), 40)) AssertSame(name, engines, history.Claims);
        var fen = engines.FenSession.Fen!;
        Assert.True(fen.Settled > fen.Fallbacks, $"{name}: integer fen settled {fen.Settled} persons and gave {fen.Fallbacks} to decimal");
    }

    public static TheoryData<string> Examples() => new(PolicyInvariantProperties.ShippedNames().Where(n => n.StartsWith("examples/", StringComparison.Ordinal)));

    [Property(MaxTest = 25, Replay = "(31337,1009)")]
    public Property GeneratedPoliciesAgree() => Prop.ForAll(GeneratedPolicies.Arbitrary, text => AgreeOn("generated", text));

    /// <summary>
    /// Ratios of up to three decimals (62.5%, 85.55%), money in fen and a product of three factors, so the fund
    /// before rounding has up to nine decimals, rounded to the fen, jiao or yuan every way.
    /// </summary>
    private static readonly Gen<string> FinePolicies =
        from deductible in Gen.Choose(0, 80000)
        from ratio in Gen.Choose(0, 10000)
        from share in Gen.Choose(0, 1000)
        from cap in Gen.Choose(0, 500000)
        from rounding in Gen.Elements("", "round fund to 0.1元 down @ 第六条", "round fund to 1元 halfEven @ 第六条", "round fund to 0.01元 up @ 第六条",
            "round fund to 0.01元 halfEven @ 第六条", "round fund to 1元 up @ 第六条")
        select $"""
            policy "fine"
                city "细分市"
                notice "细分〔2026〕1号"
                issued 2026-01-01
                in force from 2026-01-01

            rule eligible = claim.amount @ 第一条
            rule deductible = {deductible / 100m}元 - year.deductibleMet @ 第二条
            rule ratio = {ratio / 100m}% @ 第三条
            rule fund = result.ratio * (result.eligible - result.deductible) * {share / 10m}% capped by {cap / 100m}元 against year.fundPaid @ 第四条
            {rounding}
            """;

    [Property(MaxTest = 40, Replay = "(2718,2819)")]
    public Property FinePoliciesAgree() => Prop.ForAll(Arb.From(FinePolicies), text => AgreeOn("fine", text));

    private static void AgreeOn(string what, string text)
    {
        var result = PolicyChecker.Check(new PolicyDsl.Text.SourceText(what + ".policy", text));
        Assert.True(result.Policy is not null, $"a {what} policy does not check:\n" + string.Join("\n", result.Diagnostics) + "\n" + text);
        var policy = result.Policy!;
        var values = new ParameterValues(policy.Parameters);
        var engines = Engines(policy, values);
        Assert.True(engines.Fen.SettlesInFen, $"a {what} policy does not lower to integer fen:\n{text}");
        foreach (var history in Arbitraries.ClaimHistories(policy, values).Generator.Sample(30, new Rnd(5, 7), 30)) AssertSame($"{what}:\n{text}", engines, history.Claims);
        Assert.True(engines.FenSession.Fen!.Settled > 0, $"the integer path settled no one under\n{text}");
    }

    [Fact]
    public void APersonTooLargeForWholeUnitsIsSettledInDecimal()
    {
        var (policy, values) = PolicyInvariantProperties.Load("xiangtan");
        var engines = Engines(policy, values);
        var person = Claims.Employed();
        // long.MaxValue is about 9.2 × 10^18 fen: 10^17 yuan is past it, and decimal settles it.
        var claims = new[] { Claims.On(person, "2023-03-01", HospitalLevel.Level2, 500m), Claims.On(person, "2023-04-01", HospitalLevel.Level2, 100_000_000_000_000_000m) };
        AssertSame("xiangtan", engines, claims);
        Assert.Equal(1, engines.FenSession.Fen!.Fallbacks);
        Assert.Equal(0, engines.FenSession.Fen.Settled);
    }

    [Fact]
    public void AnAmountInMoreThanFenIsSettledInDecimal()
    {
        var (policy, values) = PolicyInvariantProperties.Load("xiangtan");
        var engines = Engines(policy, values);
        var person = Claims.Employed();
        AssertSame("xiangtan", engines, [Claims.On(person, "2023-03-01", HospitalLevel.Level1, 500.125m)]);
        AssertSame("xiangtan", engines, [Claims.On(person, "2023-03-01", HospitalLevel.Level1, 500.12m)]);
        Assert.Equal((1, 1), (engines.FenSession.Fen!.Fallbacks, engines.FenSession.Fen.Settled));
    }

    [Fact]
    public void APolicyThatDividesStaysInDecimal()
    {
        var text = Policies.Complete("""
            rule eligible = claim.amount / 2 @ 第一条
            rule ratio = 50% @ 第一条
            rule cap = 1000元 @ 第一条
            """);
        var policy = PolicyChecker.Check(new PolicyDsl.Text.SourceText("divides.policy", text)).Policy!;
        Assert.Null(PolicyDsl.Compilation.Fen.FenRules.TryCompile(policy, new ParameterValues(policy.Parameters), out var reason));
        Assert.Contains("divides", reason);
        var engines = Engines(policy, new ParameterValues(policy.Parameters));
        Assert.False(engines.Fen.SettlesInFen);
        Assert.Null(engines.FenSession.Fen);
    }
}
