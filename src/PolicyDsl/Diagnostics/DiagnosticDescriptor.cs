namespace PolicyDsl.Diagnostics;

/// <summary>
/// One kind of diagnostic: a stable id (never reused once retired), its severity, and a message
/// format with numbered holes. All descriptors live in <see cref="DiagnosticCatalogue"/>.
/// </summary>
/// <param name="Id">The stable code, <c>PD0103</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="MessageFormat">The message with holes <c>{0}</c>, <c>{1}</c>, ….</param>
/// <param name="Hint">How to fix it, with the same holes; null when the message says enough.</param>
public sealed record DiagnosticDescriptor(string Id, Severity Severity, string MessageFormat, string? Hint = null)
{
    /// <summary>The message with its holes filled by <paramref name="args"/>.</summary>
    public string Format(IReadOnlyList<object?> args) =>
        args.Count == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args.ToArray());
}
