namespace PolicyDsl.Compilation;

/// <summary>What one evaluation touched: the citations of the expressions that shaped it, and the parameters read.</summary>
public sealed class EvaluationTrace
{
    public List<int> Citations { get; } = [];
    public List<int> Parameters { get; } = [];

    public void Clear()
    {
        Citations.Clear();
        Parameters.Clear();
    }

    /// <summary>Called from traced compiled code.</summary>
    public static void Cite(EvaluationContext context, int citation) => context.Trace?.Citations.Add(citation);

    /// <summary>Called from traced compiled code.</summary>
    public static void UseParameter(EvaluationContext context, int parameter) => context.Trace?.Parameters.Add(parameter);
}
