namespace PolicyDsl.Diagnostics;

/// <summary>
/// One kind of diagnostic: a stable id (never reused once retired), its severity, and a message
/// format with numbered holes. All descriptors live in <see cref="DiagnosticCatalogue"/>.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, Severity Severity, string MessageFormat, string? Hint = null)
{
    public string Format(IReadOnlyList<object?> args) =>
        args.Count == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args.ToArray());
}
