using PolicyDsl.Compilation;

namespace PolicyDsl.Runtime;

/// <summary>
/// Either every result of a run, or the results before the first error, the error, and the input item
/// it stopped at (<see cref="FailedIndex"/>: its position in the input, when the item is a claim).
/// </summary>
/// <param name="Results">Every result in input order, or those before the error.</param>
/// <param name="Error">What stopped the run; null when it finished.</param>
/// <param name="Where">Which item it stopped at, in words (<c>claim 3 (P001, 2024-03-01)</c>).</param>
/// <param name="FailedIndex">The position in the input of the claim it stopped at.</param>
public sealed record RunOutcome<T>(IReadOnlyList<T> Results, EvaluationError? Error, string? Where, int? FailedIndex = null)
{
    /// <summary>Whether every item was settled: <see cref="Error"/> is then null.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>
/// One claim settled against a person's carried totals: the settlement and the state to keep for the
/// person's next claim, or the error and the state unchanged.
/// </summary>
/// <param name="Settlement">The claim settled; null on an error.</param>
/// <param name="State">The person's totals including this claim; on an error, the state passed in.</param>
/// <param name="Error">Why the claim could not be settled (PD0312 out of order, PD0313 another person's state, or the policy's own error).</param>
public sealed record ClaimOutcome(Settlement? Settlement, PersonState State, EvaluationError? Error)
{
    /// <summary>Whether the claim was settled: <see cref="Settlement"/> is then set and <see cref="State"/> includes it.</summary>
    public bool Succeeded => Error is null;

    internal static ClaimOutcome Failed(PersonState state, Diagnostics.DiagnosticDescriptor descriptor, params object?[] args) =>
        new(null, state, new EvaluationError(descriptor, args));
}
