using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using static PolicyDsl.Benchmarks.HandWrittenXiangtan;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// The Xiangtan settlement as one hand-written loop: no engine, no <see cref="Compilation.IRuleEvaluator"/>,
/// no context object, but the same ordering, arithmetic and output records as <see cref="SettlementEngine"/>,
/// so the gap between this and the engine-driven baseline is the engine's own cost.
/// </summary>
internal static class HandWrittenLoop
{
    private static readonly DateOnly InForceFrom = new(2022, 10, 1);

    public static List<Settlement> Settle(IReadOnlyList<Claim> claims)
    {
        var order = SettlementOrder(claims);
        var results = new List<Settlement>(claims.Count);
        Span<decimal> metAtLevel = stackalloc decimal[5];
        string? person = null;
        var year = 0;
        decimal fundPaid = 0m, met = 0m;
        foreach (var index in order)
        {
            var claim = claims[index];
            if (claim.Person.Id != person || claim.Date.Year != year)
            {
                person = claim.Person.Id;
                year = claim.Date.Year;
                fundPaid = met = 0m;
                metAtLevel.Clear();
            }
            if (claim.Date < InForceFrom) throw new InvalidOperationException($"claim {index + 1} is before the policy is in force");

            var excludedBy = claim.Inpatient ? InpatientReason : !claim.Designated ? NotDesignatedReason : null;
            var eligible = excludedBy is null ? claim.Amount : 0m;
            var level = (int)claim.Level;
            var deductible = Math.Clamp(Math.Min(LevelDeductible(claim.Level) - metAtLevel[level], YearlyDeductibleLimit - met), 0m, eligible);
            var ratio = RatioOf(claim.Level);
            var cap = CapOf(claim.Person.Status);
            var room = Math.Max(0m, cap - fundPaid);
            var payable = ratio * (eligible - deductible);
            var fund = Money.RoundToFen(Math.Max(0m, Math.Min(payable, room)));
            // The engine's guards, so the comparison is like for like: never rounded past the cap's room, never above eligible.
            if (fund > room) fund = Math.Max(0m, Math.Floor(room * 100m) / 100m);
            if (fund > eligible) throw new InvalidOperationException($"claim {index + 1}: fund above eligible");

            fundPaid += fund;
            met += deductible;
            metAtLevel[level] += deductible;
            results.Add(new Settlement(index, claim, eligible, deductible, ratio, cap, fund, claim.Amount - fund, fundPaid, excludedBy, null,
                excludedBy is null ? [new AppliedCap(AppliedCap.RuleCap, cap, room, payable > room)] : []));
        }
        return results;
    }

    /// <summary>
    /// The engine's order (persons by first appearance, then date, then input position) packed into one
    /// ulong per claim: 21 bits of person, 22 of day number, 21 of index, so a plain sort is also stable.
    /// </summary>
    private static int[] SettlementOrder(IReadOnlyList<Claim> claims)
    {
        const int IndexBits = 21, DayBits = 22;
        if (claims.Count >= 1 << IndexBits) throw new ArgumentException($"at most {(1 << IndexBits) - 1} claims", nameof(claims));
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new ulong[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            ref var person = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(firstSeen, claims[i].Person.Id, out var seen);
            if (!seen) person = firstSeen.Count - 1;
            keys[i] = ((ulong)person << (DayBits + IndexBits)) | ((ulong)claims[i].Date.DayNumber << IndexBits) | (uint)i;
        }
        Array.Sort(keys);
        var order = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) order[i] = (int)(keys[i] & ((1UL << IndexBits) - 1));
        return order;
    }
}
