using PolicyDsl.Diagnostics;

namespace PolicyDsl.Runtime;

/// <summary>A problem in an input file (parameters, claims, persons): where it is, and what is wrong.</summary>
/// <param name="Location">file:line, file:line:column, or "--set", as an editor or reader would look for it.</param>
internal sealed record InputError(DiagnosticDescriptor Descriptor, string Location, IReadOnlyList<object?> Arguments)
{
    public string Id => Descriptor.Id;
    public string Message => Descriptor.Format(Arguments);
    public string? Hint => Descriptor.Hint is { } h ? string.Format(System.Globalization.CultureInfo.InvariantCulture, h, Arguments.ToArray()) : null;
    public override string ToString() => $"{Location}: error {Id}: {Message}";
}
