namespace PolicyDsl.Runtime;

/// <summary>
/// One person's running totals between claims (参保人本年度累计): what a system that settles claims one at a
/// time, at the counter, stores for each person and hands back with the next claim. Plain data, so it
/// can be saved as JSON and read back. Settling a person's claims one by one through it gives exactly the
/// results of settling them together.
/// </summary>
/// <param name="PersonId">Whose totals these are.</param>
/// <param name="LastDate">The date of the last claim settled; the next may not be earlier.</param>
/// <param name="Totals">Each running total of the policy (the prelude's <c>year.*</c> first), by name.</param>
public sealed record PersonState(string PersonId, DateOnly LastDate, IReadOnlyList<CarriedTotal> Totals)
{
    /// <summary>A person with nothing settled yet.</summary>
    public static PersonState Start(string personId) => new(personId, DateOnly.MinValue, []);
}

/// <param name="Name">The total as rules read it: <c>year.fundPaid</c>, <c>total.visits</c>.</param>
/// <param name="Period">The first day of the year, month or day the values belong to.</param>
/// <param name="Values">One value, or one per value of the total's key (<c>by claim.level</c>), in the key's order.</param>
public sealed record CarriedTotal(string Name, DateOnly Period, IReadOnlyList<decimal> Values);
