namespace PolicyDsl.Compilation;

/// <summary>What one evaluation touched: the citations of the expressions that shaped it, and the parameters read.</summary>
internal sealed class EvaluationTrace
{
    /// <summary>
    /// Whether bands and caps write how they shaped a figure into <see cref="Details"/>: text for a full
    /// trace; false when only the grounds (citations and parameters read) are wanted, which is cheap.
    /// </summary>
    public bool Explains { get; init; } = true;

    public List<int> Citations { get; } = [];
    public List<int> Parameters { get; } = [];

    /// <summary>How a shaped figure came about: each band's part and each cap's room, in order.</summary>
    public List<string> Details { get; } = [];

    public void Clear()
    {
        Citations.Clear();
        Parameters.Clear();
        Details.Clear();
    }

    /// <summary>Called from traced compiled code.</summary>
    public static void Cite(EvaluationContext context, int citation) => context.Trace?.Citations.Add(citation);

    /// <summary>Called from traced compiled code: a parameter was read, and the articles it cites shaped the result.</summary>
    public static void UseParameter(EvaluationContext context, int parameter)
    {
        if (context.Trace is not { } trace) return;
        trace.Parameters.Add(parameter);
        foreach (var citation in context.Parameters.Parameters[parameter].Citations) trace.Citations.Add(citation.Id);
    }
}
