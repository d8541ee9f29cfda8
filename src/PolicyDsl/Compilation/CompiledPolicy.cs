using PolicyDsl.Semantics;

namespace PolicyDsl.Compilation;

/// <summary>
/// A checked policy compiled to delegates, one per rule and exclusion. Compile once per policy (and
/// per tracing mode); the delegates read typed fields of the context, with no look-ups or boxing per claim.
/// </summary>
internal sealed class CompiledPolicy : IRuleEvaluator
{
    private readonly Func<EvaluationContext, decimal> _eligible;
    private readonly Func<EvaluationContext, decimal> _deductible;
    private readonly Func<EvaluationContext, decimal>? _ratio;
    private readonly Func<EvaluationContext, decimal>? _cap;
    private readonly Func<EvaluationContext, decimal>? _fund;
    private readonly Func<EvaluationContext, bool>?[] _totals;
    private readonly Func<EvaluationContext, int>?[] _keys;
    private readonly Func<EvaluationContext, decimal>? _account;
    private readonly CaseGroups _exclusions;
    private readonly Lazy<CaseGroups> _invariants;

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
        _exclusions = new CaseGroups(policy.Exclusions.Select(e => e.Condition).ToList(), traced, _initializers);
        // Only policy verify asks about invariants: eval must not pay to compile 20,000 of them.
        _invariants = new Lazy<CaseGroups>(() => new CaseGroups(
            policy.Invariants.Select(i => i is ClaimInvariant c ? c.Condition : NotPerClaim).ToList(), traced, _initializers));
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

    public bool Excludes(int index, EvaluationContext context) => _exclusions.Holds(index, context);

    /// <summary>Whether declared invariant <paramref name="index"/> (a per-claim one) holds; the context carries the claim and its result.</summary>
    public bool InvariantHolds(int index, EvaluationContext context) => Policy.Invariants[index] is ClaimInvariant
        ? _invariants.Value.Holds(index, context)
        : throw new InvalidOperationException($"invariant {index} is not a per-claim invariant");

    /// <summary>How many delegates the exclusions were compiled into (a group of them each).</summary>
    internal int ExclusionDelegates => _exclusions.Delegates;

    /// <summary>Whether the invariants have been compiled (only on the first question about one).</summary>
    internal bool InvariantsCompiled => _invariants.IsValueCreated;

    /// <summary>Stands in for an ordered invariant among the per-claim ones, which is never asked about.</summary>
    private static readonly Semantics.Bound.BoundLiteral NotPerClaim = new(true, Semantics.Types.PolicyTypes.Bool, default);
}
