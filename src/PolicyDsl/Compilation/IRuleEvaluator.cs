namespace PolicyDsl.Compilation;

/// <summary>
/// What the settlement engine asks of a policy for one claim or month. Implemented by the compiled
/// expression trees, by the tree-walking oracle, and by hand in the benchmark, so all three settle
/// through the same engine.
/// </summary>
internal interface IRuleEvaluator
{
    decimal Eligible(EvaluationContext context);
    decimal Deductible(EvaluationContext context);
    decimal Ratio(EvaluationContext context);
    decimal Cap(EvaluationContext context);

    /// <summary>Whether the policy has a <c>rule ratio</c> / <c>rule cap</c> (optional when it writes its fund).</summary>
    bool HasRatio => true;
    bool HasCap => true;

    /// <summary>Whether the policy writes <c>rule fund</c>; without one the engine applies the prelude's default.</summary>
    bool HasFund => false;

    /// <summary>The policy's fund before rounding; the context carries eligible, deductible, ratio and cap in <c>Result</c>.</summary>
    decimal Fund(EvaluationContext context) => throw new InvalidOperationException("the policy has no rule fund");

    /// <summary>Whether total <paramref name="index"/> counts this claim (its 'where').</summary>
    bool TotalCounts(int index, EvaluationContext context) => true;

    /// <summary>Which of total <paramref name="index"/>'s keys this claim reads and adds to (0 for a total with no key).</summary>
    int TotalKey(int index, EvaluationContext context);

    /// <summary>Whether exclusion <paramref name="index"/> (in file order) applies to the claim.</summary>
    bool Excludes(int index, EvaluationContext context);

    bool HasAccount { get; }
    decimal Account(EvaluationContext context);
}
