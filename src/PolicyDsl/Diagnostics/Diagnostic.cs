using PolicyDsl.Text;

namespace PolicyDsl.Diagnostics;

/// <summary>A diagnostic reported against a span of one source: data, never an exception.</summary>
/// <param name="Descriptor">The kind of diagnostic, from the one catalogue.</param>
/// <param name="Source">The rule file it is in.</param>
/// <param name="Span">Where in <paramref name="Source"/>.</param>
/// <param name="Arguments">The names and figures its message is filled with.</param>
/// <param name="Hint">A hint for this occurrence (a suggested name), overriding the descriptor's.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceText Source, TextSpan Span, IReadOnlyList<object?> Arguments, string? Hint = null)
{
    /// <summary>The stable code, <c>PD0103</c>: the same for the same mistake in every release.</summary>
    public string Id => Descriptor.Id;
    /// <summary>Whether the policy can still be used.</summary>
    public Severity Severity => Descriptor.Severity;
    /// <summary>What is wrong, with the names and figures involved.</summary>
    public string Message => Descriptor.Format(Arguments);
    /// <summary>The line and column where <see cref="Span"/> starts.</summary>
    public LinePosition Position => Source.GetPosition(Span.Start);

    /// <summary>The specific hint for this occurrence, else the descriptor's general one.</summary>
    public string? EffectiveHint => Hint ?? (Descriptor.Hint is { } h
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, h, Arguments.ToArray())
        : null);

    /// <summary><c>file:line:col: error PD0103: message</c>, the form editors and CI logs understand.</summary>
    public override string ToString() =>
        $"{Source.Path}:{Position.Line}:{Position.Column}: {(Severity == Severity.Error ? "error" : "warning")} {Id}: {Message}";
}
