using PolicyDsl.Text;

namespace PolicyDsl.Diagnostics;

/// <summary>An add-only collection of diagnostics for one source, kept in the order reported.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public DiagnosticBag(SourceText source) => Source = source;

    public SourceText Source { get; }
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public Diagnostic Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args)
    {
        var diagnostic = new Diagnostic(descriptor, Source, span, args);
        _items.Add(diagnostic);
        return diagnostic;
    }

    /// <summary>Adds a diagnostic made elsewhere (parse diagnostics carried into the checker).</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void ReportWithHint(DiagnosticDescriptor descriptor, TextSpan span, string hint, params object?[] args) =>
        _items.Add(new Diagnostic(descriptor, Source, span, args, hint));

    /// <summary>Diagnostics sorted by position, errors before warnings at the same place.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Span.Start).ThenByDescending(d => d.Severity).ToList();
}
