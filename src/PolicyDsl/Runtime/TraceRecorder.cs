using PolicyDsl.Compilation;
using PolicyDsl.Semantics;

namespace PolicyDsl.Runtime;

/// <summary>Collects the steps of one settlement with the citations and assumptions each step touched: a full trace.</summary>
internal sealed class TraceRecorder(CheckedPolicy policy, EvaluationContext context) : SettlementRecorder(policy, context)
{
    private List<TraceStep> _steps = [];
    private readonly SortedSet<int> _citations = [];
    private readonly SortedSet<int> _parameters = [];

    public override bool Explains => true;

    public override void Start()
    {
        // The steps are handed to the settlement's trace: a new list for each claim.
        _steps = [];
        _citations.Clear();
        _parameters.Clear();
    }

    protected override void Step(string name, decimal value, string explanation)
    {
        var trace = Context.Trace!;
        var cited = trace.Citations.Distinct().OrderBy(c => Policy.Citations[c].Span.Start).ToList();
        _citations.UnionWith(cited);
        _parameters.UnionWith(trace.Parameters);
        var assumed = trace.Parameters.Distinct()
            .Where(p => Context.Parameters.AssumptionOf(p) is not null)
            .Select(p => $"{Policy.Parameters[p].Name} (assumed)");
        // Bands and caps say how they shaped the figure: each band's part, each cap's room.
        var shaped = trace.Details.Count > 0 ? $"{explanation} [{string.Join("; ", trace.Details)}]" : explanation;
        var notes = assumed.Any() ? $"{shaped}; uses {string.Join(", ", assumed)}" : shaped;
        _steps.Add(new TraceStep(name, value, notes, cited.Select(c => Policy.Citations[c].Text).Distinct().ToList()));
    }

    public override void KeepAssumptions() => _parameters.UnionWith(Context.Trace!.Parameters);

    public override void Add(string name, decimal value, string explanation) => _steps.Add(new TraceStep(name, value, explanation, []));

    protected override void Cited(string name, decimal value, string explanation, IReadOnlyList<Semantics.Symbols.CitationRef> citations)
    {
        _citations.UnionWith(citations.Select(c => c.Id));
        _steps.Add(new TraceStep(name, value, explanation, citations.Select(c => c.Text).Distinct().ToList()));
    }

    public override (SettlementTrace? Trace, SettlementGrounds Grounds) Finish()
    {
        var trace = new SettlementTrace(_steps, CitationTexts(_citations), AssumptionsOf(_parameters));
        return (trace, new SettlementGrounds(trace.Citations, trace.Assumptions));
    }
}
