using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>What every binder of one policy shares: where diagnostics go, the global names, the citations.</summary>
internal sealed class BindingContext(DiagnosticBag diagnostics)
{
    private readonly List<CitationRef> _citations = [];

    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public GlobalScope Globals { get; } = new();
    public IReadOnlyList<CitationRef> Citations => _citations;

    /// <summary>The inputs rules may read: the prelude's and the policy's own; set before any expression is bound.</summary>
    public Inputs.InputSchema Inputs { get; set; } = Semantics.Inputs.InputSchema.PreludeOnly;

    /// <summary>The first day in force, when written as a date: dated values must cover it.</summary>
    public DateOnly? InForceStart { get; set; }

    /// <summary>The last day in force, when written as a date.</summary>
    public DateOnly? InForceEnd { get; set; }

    private int _caps;

    /// <summary>Numbers the caps of a policy, so traces and results can say which one bit.</summary>
    public int NextCapId() => _caps++;

    public CitationRef AddCitation(Citation citation)
    {
        var reference = new CitationRef(_citations.Count, citation.Text.Trim(), citation.Span);
        _citations.Add(reference);
        return reference;
    }
}
