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
        var byGroup = new SortedDictionary<string, List<Settlement>>(StringComparer.Ordinal);
        var all = new List<Settlement>();
        foreach (var s in settled)
        {
            all.Add(s);
            if (group is null) continue;
            var key = group(s.Claim);
            if (!byGroup.TryGetValue(key, out var list)) byGroup[key] = list = [];
            list.Add(s);
        }
        var missing = unsettled.ToList();
        var lines = new List<BudgetLine> { Line("all", all, missing.Count) };
        foreach (var (key, list) in byGroup) lines.Add(Line(key, list, missing.Count(c => group!(c) == key)));
        return lines;
    }

    private static BudgetLine Line(string group, List<Settlement> settled, int unsettled) => new(
        group,
        settled.Count,
        settled.Select(s => s.Claim.Person.Id).Distinct(StringComparer.Ordinal).Count(),
        settled.Sum(s => s.Claim.Amount),
        settled.Sum(s => s.Eligible),
        settled.Sum(s => s.Fund),
        settled.Sum(s => s.Personal),
        settled.Where(s => s.Caps.Any(c => c.Bit)).Select(s => s.Claim.Person.Id).Distinct(StringComparer.Ordinal).Count(),
        unsettled);
}
