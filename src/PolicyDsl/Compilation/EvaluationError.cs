using PolicyDsl.Diagnostics;

namespace PolicyDsl.Compilation;

/// <summary>An error while evaluating a policy on one claim or month: a descriptor from the catalogue and its arguments.</summary>
public sealed record EvaluationError(DiagnosticDescriptor Descriptor, IReadOnlyList<object?> Arguments)
{
    public string Id => Descriptor.Id;
    public string Message => Descriptor.Format(Arguments);
    public string? Hint => Descriptor.Hint is { } h ? string.Format(System.Globalization.CultureInfo.InvariantCulture, h, Arguments.ToArray()) : null;
    public override string ToString() => $"error {Id}: {Message}";
}

/// <summary>
/// Carries an <see cref="EvaluationError"/> out of compiled code, where the only way to stop is to
/// throw. The engine catches it and returns the error as data.
/// </summary>
internal sealed class PolicyEvaluationException(EvaluationError error) : Exception(error.Message)
{
    public EvaluationError Error { get; } = error;

    internal static PolicyEvaluationException Create(DiagnosticDescriptor descriptor, params object?[] args) => new(new EvaluationError(descriptor, args));
}
