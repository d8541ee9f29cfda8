using PolicyDsl.Semantics;

namespace PolicyDsl.Compilation;

/// <summary>
/// A checked policy compiled to delegates, one per rule and exclusion. Compile once per policy (and
/// per tracing mode); the delegates read typed fields of the context, with no look-ups or boxing per claim.
/// </summary>
public sealed class CompiledPolicy : IRuleEvaluator
{
    private readonly Func<EvaluationContext, decimal> _eligible;
    private readonly Func<EvaluationContext, decimal> _deductible;
    private readonly Func<EvaluationContext, decimal>? _ratio;
    private readonly Func<EvaluationContext, decimal>? _cap;
    private readonly Func<EvaluationContext, decimal>? _fund;
    private readonly Func<EvaluationContext, bool>?[] _totals;
    private readonly Func<EvaluationContext, int>?[] _keys;
    private readonly Func<EvaluationContext, decimal>? _account;
    private readonly Func<EvaluationContext, bool>[] _exclusions;
    private readonly Func<EvaluationContext, bool>?[] _invariants;

    private readonly ValueInitializers _initializers;

    private CompiledPolicy(CheckedPolicy policy, bool traced)
    {
        Policy = policy;
        Traced = traced;
        _initializers = new ValueInitializers(traced);
        _eligible = Compile<decimal>(policy.Rules.Eligible, traced);
        _deductible = Compile<decimal>(policy.Rules.Deductible, traced);
        _ratio = policy.Rules.Ratio is { } ratio ? Compile<decimal>(ratio, traced) : null;
        _cap = policy.Rules.Cap is { } cap ? Compile<decimal>(cap, traced) : null;
        _fund = policy.Rules.Fund is { } fund ? Compile<decimal>(fund, traced) : null;
        _totals = policy.Totals.Select(t => t.Where is { } where ? Compile<bool>(where, traced) : null).ToArray();
        _keys = policy.Totals.Select(t => t.Key is { } key ? ExpressionTreeCompiler.CompileKey(key).Compile() : null).ToArray();
        _account = policy.Rules.Account is { } account ? Compile<decimal>(account, traced) : null;
        _exclusions = policy.Exclusions.Select(e => Compile<bool>(e.Condition, traced)).ToArray();
        _invariants = policy.Invariants.Select(i => i is ClaimInvariant c ? Compile<bool>(c.Condition, traced) : null).ToArray();
    }

    public CheckedPolicy Policy { get; }

    /// <summary>Whether the delegates record citations and parameters into <see cref="EvaluationContext.Trace"/>.</summary>
    public bool Traced { get; }

    public static CompiledPolicy Compile(CheckedPolicy policy, bool traced = false) => new(policy, traced);

    private Func<EvaluationContext, T> Compile<T>(Semantics.Bound.BoundExpr rule, bool traced) =>
        ExpressionTreeCompiler.CompileRule<T>(rule, traced, _initializers).Compile();

    public decimal Eligible(EvaluationContext context) => _eligible(context);
    public decimal Deductible(EvaluationContext context) => _deductible(context);
    public decimal Ratio(EvaluationContext context) => (_ratio ?? throw new InvalidOperationException("the policy has no rule ratio"))(context);
    public decimal Cap(EvaluationContext context) => (_cap ?? throw new InvalidOperationException("the policy has no rule cap"))(context);
    public bool HasRatio => _ratio is not null;
    public bool HasCap => _cap is not null;
    public bool HasFund => _fund is not null;
    public decimal Fund(EvaluationContext context) => (_fund ?? throw new InvalidOperationException("the policy has no rule fund"))(context);
    public bool TotalCounts(int index, EvaluationContext context) => _totals[index] is not { } where || where(context);
    public int TotalKey(int index, EvaluationContext context) => _keys[index] is { } key ? key(context) : 0;
    public bool HasAccount => _account is not null;
    public decimal Account(EvaluationContext context) => (_account ?? throw new InvalidOperationException("the policy has no account rule"))(context);

    public bool Excludes(int index, EvaluationContext context) => _exclusions[index](context);

    /// <summary>Whether declared invariant <paramref name="index"/> (a per-claim one) holds; the context carries the claim and its result.</summary>
    public bool InvariantHolds(int index, EvaluationContext context) =>
        (_invariants[index] ?? throw new InvalidOperationException($"invariant {index} is not a per-claim invariant"))(context);
}
