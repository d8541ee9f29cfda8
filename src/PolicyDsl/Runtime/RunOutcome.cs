using PolicyDsl.Compilation;

namespace PolicyDsl.Runtime;

/// <summary>Either every result of a run, or the first error and the input item it stopped at.</summary>
public sealed record RunOutcome<T>(IReadOnlyList<T> Results, EvaluationError? Error, string? Where)
{
    public bool Succeeded => Error is null;
}
