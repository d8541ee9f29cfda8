using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// Why a person's claims were not settled. Within a person, claims settled before the one that failed stand
/// (settlement is in date order, so they do not depend on it); the failed claim gets its reason, and the
/// person's later claims say which claim they wait on, since their deductible and cap depend on it.
/// </summary>
internal static class UnsettledReasons
{
    /// <summary>
    /// For each of the person's <paramref name="claims"/> (in settlement order, as given to the engine), why it
    /// was not settled, or null for a claim that was; null for the whole when every claim was settled.
    /// </summary>
    public static string?[]? Of(IReadOnlyList<Claim> claims, RunOutcome<Settlement> outcome)
    {
        if (outcome.Succeeded) return null;
        var reason = $"{outcome.Error!.Id}: {outcome.Error.Message}";
        var failed = outcome.FailedIndex;
        // One text for every claim that waits, not one each: a streamed run keeps them until the settled rows are out.
        var waiting = failed is { } f ? $"after this person's claim of {claims[f].Date:yyyy-MM-dd}, which could not be settled ({reason})" : reason;
        var reasons = new string?[claims.Count];
        for (var i = 0; i < reasons.Length; i++) reasons[i] = i == failed ? reason : waiting;
        // The engine settles the person's claims in date order, which is already theirs: s.Index is the position in it.
        foreach (var s in outcome.Results) reasons[s.Index] = null;
        return reasons;
    }
}
