using PolicyDsl.Compilation;

namespace PolicyDsl.Runtime;

/// <summary>
/// Either every result of a run, or the results before the first error, the error, and the input item
/// it stopped at (<see cref="FailedIndex"/>: its position in the input, when the item is a claim).
/// </summary>
public sealed record RunOutcome<T>(IReadOnlyList<T> Results, EvaluationError? Error, string? Where, int? FailedIndex = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// One claim settled against a person's carried totals: the settlement and the state to keep for the
/// person's next claim, or the error and the state unchanged.
/// </summary>
public sealed record ClaimOutcome(Settlement? Settlement, PersonState State, EvaluationError? Error)
{
    public bool Succeeded => Error is null;

    internal static ClaimOutcome Failed(PersonState state, Diagnostics.DiagnosticDescriptor descriptor, params object?[] args) =>
        new(null, state, new EvaluationError(descriptor, args));
}
