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
