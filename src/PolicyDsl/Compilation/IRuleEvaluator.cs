namespace PolicyDsl.Compilation;

/// <summary>
/// What the settlement engine asks of a policy for one claim or month. Implemented by the compiled
/// expression trees, by the tree-walking oracle, and by hand in the benchmark, so all three settle
/// through the same engine.
/// </summary>
public interface IRuleEvaluator
{
    decimal Eligible(EvaluationContext context);
    decimal Deductible(EvaluationContext context);
    decimal Ratio(EvaluationContext context);
    decimal Cap(EvaluationContext context);

    /// <summary>The index of the first exclusion that applies, or -1.</summary>
    int FirstExclusion(EvaluationContext context);

    bool HasAccount { get; }
    decimal Account(EvaluationContext context);
}
