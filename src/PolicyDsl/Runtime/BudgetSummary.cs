using PolicyDsl.Domain;

namespace PolicyDsl.Runtime;

/// <summary>
/// What a policy costs on a population of claims, for one group of them (一组的基金支出): claims and persons,
/// amounts, what the fund pays and what persons pay, and how many persons a cap stopped. Sums, so
/// summaries of disjoint sets of persons add up exactly.
/// </summary>
/// <param name="PersonsAtCap">Persons one of whose claims in the group a cap bit (the fund would have paid more).</param>
/// <param name="Unsettled">Claims the policy could not settle (left out of every other figure).</param>
internal sealed record BudgetLine(string Group, int Claims, int Persons, decimal Amount, decimal Eligible, decimal Fund, decimal Personal, int PersonsAtCap, int Unsettled)
{
    /// <summary>统筹基金支付占比: fund ÷ amount; null with no amount.</summary>
    public decimal? FundShare => Amount == 0m ? null : Fund / Amount;

    /// <summary>人均统筹基金支付: fund ÷ persons; null with no persons.</summary>
    public decimal? FundPerPerson => Persons == 0 ? null : Fund / Persons;

    /// <summary>Sums each figure of every settled claim in each group, the whole first ("all"), then each group in order.</summary>
    public static IReadOnlyList<BudgetLine> Of(IEnumerable<Settlement> settled, IEnumerable<Claim> unsettled, Func<Claim, string>? group = null)
    {
        var tally = new BudgetTally(group);
        // A person is one id: their claims are added together, so each counts once per group.
        foreach (var person in settled.GroupBy(s => s.Claim.Person.Id, StringComparer.Ordinal)) tally.AddPerson([.. person]);
        foreach (var claim in unsettled) tally.AddUnsettled(claim);
        return tally.Lines();
    }
}
