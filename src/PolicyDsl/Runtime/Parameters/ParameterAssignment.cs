namespace PolicyDsl.Runtime.Parameters;

/// <summary>
/// One <c>name = value</c> from a params file or <c>--set</c>. <see cref="Policy"/> limits it to one
/// policy (the file name without .policy); <see cref="Assumption"/> is the reason when the value is assumed.
/// </summary>
internal sealed record ParameterAssignment(string? Policy, string Name, string Value, string? Assumption, string Location);
