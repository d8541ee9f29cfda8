using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Bound;

namespace PolicyDsl.Compilation.Fen;

/// <summary>
/// A policy's rules lowered to integer fen for one run's param values (<see cref="FenScales"/>), untraced: each
/// money rule gives whole units at its figure's scale, and the exclusions and totals' conditions read the
/// integer figures. The <c>decimal</c> <see cref="CompiledPolicy"/> stays the reference: the engine settles with
/// these only when they compiled, and settles a person again in decimal when they cannot (an overflow, a claim in
/// more than fen).
/// </summary>
internal sealed class FenRules
{
    private readonly Func<EvaluationContext, long> _eligible;
    private readonly Func<EvaluationContext, long> _deductible;
    private readonly Func<EvaluationContext, long>? _ratio;
    private readonly Func<EvaluationContext, long>? _cap;
    private readonly Func<EvaluationContext, long>? _fund;
    private readonly Func<EvaluationContext, bool>?[] _totals;
    private readonly CaseGroups _exclusions;

    private FenRules(CheckedPolicy policy, FenScales scales)
    {
        Scales = scales;
        Exclusions = policy.Exclusions.Count;
        FundRounding = new FenRounding(policy.Rounds.Fund);
        var initializers = new ValueInitializers(trace: false, scales);
        var rules = policy.Rules;
        _eligible = Money(rules.Eligible, scales.Figures, initializers);
        _deductible = Money(rules.Deductible, scales.Figures, initializers);
        _ratio = rules.Ratio is { } ratio ? Money(ratio, scales.Ratio, initializers) : null;
        _cap = rules.Cap is { } cap ? Money(cap, scales.Cap, initializers) : null;
        _fund = rules.Fund is { } fund ? Money(fund, scales.Fund, initializers) : null;
        _totals = policy.Totals.Select(t => t.Where is { } where ? ExpressionTreeCompiler.CompileRule<bool>(where, false, initializers).Compile() : null).ToArray();
        _exclusions = new CaseGroups(policy.Exclusions.Select(e => e.Condition).ToList(), trace: false, initializers);
    }

    public FenScales Scales { get; }

    /// <summary>How many exclusions the policy has.</summary>
    public int Exclusions { get; }

    /// <summary>The fund's rounding, its step and way worked out once.</summary>
    public FenRounding FundRounding { get; }

    /// <summary>The policy lowered for these param values, or null with the reason it cannot be.</summary>
    public static FenRules? TryCompile(CheckedPolicy policy, ParameterValues parameters, out string? reason)
    {
        if (FenScales.TryAnalyse(policy, parameters, out reason) is not { } scales) return null;
        try
        {
            return new FenRules(policy, scales);
        }
        catch (FenScales.NotLowerable e)
        {
            reason = e.Message;
            return null;
        }
        catch (Exception e) when (e is OverflowException or FenInexactException)
        {
            // A constant too large for its units.
            reason = e.Message;
            return null;
        }
    }

    /// <summary>A money rule brought to <paramref name="scale"/>, its figure's.</summary>
    private static Func<EvaluationContext, long> Money(BoundExpr rule, int scale, ValueInitializers initializers)
    {
        var own = initializers.Fen!.Of(rule);
        var lambda = ExpressionTreeCompiler.CompileRule<long>(rule, false, initializers);
        if (own == scale) return lambda.Compile();
        var aligned = System.Linq.Expressions.Expression.MultiplyChecked(lambda.Body, System.Linq.Expressions.Expression.Constant(FenUnits.Pow10[scale - own]));
        return System.Linq.Expressions.Expression.Lambda<Func<EvaluationContext, long>>(aligned, lambda.Parameters).Compile();
    }

    public long Eligible(EvaluationContext context) => _eligible(context);
    public long Deductible(EvaluationContext context) => _deductible(context);
    public long Ratio(EvaluationContext context) => _ratio!(context);
    public long Cap(EvaluationContext context) => _cap!(context);
    public long Fund(EvaluationContext context) => _fund!(context);
    public bool TotalCounts(int index, EvaluationContext context) => _totals[index] is not { } where || where(context);
    public bool Excludes(int index, EvaluationContext context) => _exclusions.Holds(index, context);
}
