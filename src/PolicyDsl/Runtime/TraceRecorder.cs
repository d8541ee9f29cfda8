using PolicyDsl.Compilation;
using PolicyDsl.Semantics;

namespace PolicyDsl.Runtime;

/// <summary>Collects the steps of one settlement with the citations and assumptions each step touched.</summary>
internal sealed class TraceRecorder(CheckedPolicy policy, EvaluationContext context)
{
    private readonly List<TraceStep> _steps = [];
    private readonly SortedSet<int> _citations = [];
    private readonly SortedSet<int> _parameters = [];

    public void Begin() => context.Trace!.Clear();

    public void End(string name, decimal value, string explanation)
    {
        var trace = context.Trace!;
        var cited = trace.Citations.Distinct().OrderBy(c => policy.Citations[c].Span.Start).ToList();
        _citations.UnionWith(cited);
        _parameters.UnionWith(trace.Parameters);
        var assumed = trace.Parameters.Distinct()
            .Where(p => context.Parameters.AssumptionOf(p) is not null)
            .Select(p => $"{policy.Parameters[p].Name} (assumed)");
        // Bands and caps say how they shaped the figure: each band's part, each cap's room.
        var shaped = trace.Details.Count > 0 ? $"{explanation} [{string.Join("; ", trace.Details)}]" : explanation;
        var notes = assumed.Any() ? $"{shaped}; uses {string.Join(", ", assumed)}" : shaped;
        _steps.Add(new TraceStep(name, value, notes, cited.Select(c => policy.Citations[c].Text).Distinct().ToList()));
    }

    /// <summary>Keeps the parameters read since <see cref="Begin"/> (for the assumptions), but not the citations.</summary>
    public void KeepAssumptions() => _parameters.UnionWith(context.Trace!.Parameters);

    public void Add(string name, decimal value, string explanation) => _steps.Add(new TraceStep(name, value, explanation, []));

    /// <summary>A step computed by the engine itself, resting on these articles (a declared rounding, say).</summary>
    public void Add(string name, decimal value, string explanation, IReadOnlyList<Semantics.Symbols.CitationRef> citations)
    {
        _citations.UnionWith(citations.Select(c => c.Id));
        _steps.Add(new TraceStep(name, value, explanation, citations.Select(c => c.Text).Distinct().ToList()));
    }

    public SettlementTrace Finish()
    {
        var assumptions = _parameters
            .Where(p => context.Parameters.AssumptionOf(p) is not null)
            .Select(p => new Assumption(policy.Parameters[p].Name, Parameters.ParameterText.Format(context.Parameters.ValueOf(policy.Parameters[p]), policy.Parameters[p].Type), context.Parameters.AssumptionOf(p)!))
            .ToList();
        var citations = _citations.OrderBy(c => policy.Citations[c].Span.Start).Select(c => policy.Citations[c].Text).Distinct().ToList();
        return new SettlementTrace(_steps, citations, assumptions);
    }
}
