using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;

namespace PolicyDsl.Tests.Support;

/// <summary>Settles with both back ends and insists they agree, so every engine test also tests the compiler against the oracle.</summary>
internal static class Evaluate
{
    public static IReadOnlyList<Settlement> Settle(CheckedPolicy policy, IReadOnlyList<Claim> claims, ParameterValues? parameters = null)
    {
        parameters ??= new ParameterValues(policy.Parameters);
        var compiled = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), parameters, trace: true).Settle(claims);
        var interpreted = new SettlementEngine(policy, new TreeWalkingEvaluator(policy), parameters, trace: true).Settle(claims);
        Assert.True(compiled.Succeeded, $"{compiled.Where}: {compiled.Error}");
        Assert.True(interpreted.Succeeded, $"{interpreted.Where}: {interpreted.Error}");
        Assert.Equal(Summaries(interpreted.Results), Summaries(compiled.Results));
        return compiled.Results;
    }

    public static RunOutcome<Settlement> TrySettle(CheckedPolicy policy, IReadOnlyList<Claim> claims, ParameterValues? parameters = null) =>
        new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), parameters ?? new ParameterValues(policy.Parameters), trace: true).Settle(claims);

    /// <summary>The value of one rule for one claim, compiled and interpreted agreeing.</summary>
    public static decimal Rule(CheckedPolicy policy, Func<IRuleEvaluator, EvaluationContext, decimal> rule, Claim claim, ParameterValues? parameters = null)
    {
        parameters ??= new ParameterValues(policy.Parameters);
        var context = new EvaluationContext(parameters) { Claim = claim, Person = claim.Person, Date = claim.Date };
        var (compiled, interpreted) = Policies.Evaluators(policy);
        var a = rule(compiled, context);
        var b = rule(interpreted, context);
        Assert.Equal(b, a);
        return a;
    }

    public static string Summaries(IEnumerable<Settlement> settlements) => string.Join("\n", settlements.Select(Summary));

    /// <summary>One line per settlement; decimals printed by value, so 120.0 and 120.00 read the same.</summary>
    public static string Summary(Settlement s) =>
        $"{s.Claim.Person.Id} {s.Claim.Date:yyyy-MM-dd} {s.Claim.Level} amount={N(s.Claim.Amount)} eligible={N(s.Eligible)} deductible={N(s.Deductible)} " +
        $"ratio={N(s.Ratio)} fund={N(s.Fund)} personal={N(s.Personal)} ytd={N(s.FundYearToDate)} cap={N(s.Cap)} excluded={s.ExcludedBy} " +
        $"caps=[{string.Join(" ", s.Caps.Select(c => $"{c.Cap}:{N(c.Limit)}/{N(c.Room)}{(c.Bit ? "!" : "")}"))}]";

    private static string N(decimal? value) => value?.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
