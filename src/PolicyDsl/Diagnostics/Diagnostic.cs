using PolicyDsl.Text;

namespace PolicyDsl.Diagnostics;

/// <summary>A diagnostic reported against a span of one source: data, never an exception.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceText Source, TextSpan Span, IReadOnlyList<object?> Arguments, string? Hint = null)
{
    public string Id => Descriptor.Id;
    public Severity Severity => Descriptor.Severity;
    public string Message => Descriptor.Format(Arguments);
    public LinePosition Position => Source.GetPosition(Span.Start);

    /// <summary>The specific hint for this occurrence, else the descriptor's general one.</summary>
    public string? EffectiveHint => Hint ?? (Descriptor.Hint is { } h
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, h, Arguments.ToArray())
        : null);

    /// <summary><c>file:line:col: error PD0103: message</c>, the form editors and CI logs understand.</summary>
    public override string ToString() =>
        $"{Source.Path}:{Position.Line}:{Position.Column}: {(Severity == Severity.Error ? "error" : "warning")} {Id}: {Message}";
}
