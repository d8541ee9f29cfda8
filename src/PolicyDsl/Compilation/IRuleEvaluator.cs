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

    /// <summary>Whether exclusion <paramref name="index"/> (in file order) applies to the claim.</summary>
    bool Excludes(int index, EvaluationContext context);

    bool HasAccount { get; }
    decimal Account(EvaluationContext context);
}
