using PolicyDsl.Diagnostics;

namespace PolicyDsl.Compilation;

/// <summary>An error while evaluating a policy on one claim or month: a descriptor from the catalogue and its arguments.</summary>
/// <param name="Descriptor">The kind of error, from the one catalogue.</param>
/// <param name="Arguments">The names and figures its message is filled with.</param>
public sealed record EvaluationError(DiagnosticDescriptor Descriptor, IReadOnlyList<object?> Arguments)
{
    /// <summary>The stable code, <c>PD0302</c>: the same as <c>policy eval</c> prints.</summary>
    public string Id => Descriptor.Id;
    /// <summary>What stopped the evaluation, with the names and figures involved.</summary>
    public string Message => Descriptor.Format(Arguments);
    /// <summary>How to fix it, when the catalogue says.</summary>
    public string? Hint => Descriptor.Hint is { } h ? string.Format(System.Globalization.CultureInfo.InvariantCulture, h, Arguments.ToArray()) : null;
    /// <summary><c>error PD0302: message</c>.</summary>
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
