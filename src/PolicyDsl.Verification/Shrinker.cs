using PolicyDsl.Domain;

namespace PolicyDsl.Verification;

/// <summary>
/// Makes a failing history as small as it will go while it still fails: fewer claims, rounder and
/// smaller amounts, default channel and place, a plainer person. Greedy, bounded in steps.
/// </summary>
internal static class Shrinker
{
    private const int MaxChecks = 3000;

    public static ClaimHistory Shrink(ClaimHistory failing, Func<ClaimHistory, bool> fails)
    {
        var current = failing;
        var checks = 0;
        bool improved;
        do
        {
            improved = false;
            foreach (var candidate in Candidates(current))
            {
                if (++checks > MaxChecks) return current;
                if (!fails(candidate)) continue;
                current = candidate;
                improved = true;
                break;
            }
        }
        while (improved);
        return current;
    }

    /// <summary>Smaller histories to try, nearest first; also FsCheck's shrinker for <see cref="Arbitraries"/>.</summary>
    public static IEnumerable<ClaimHistory> Candidates(ClaimHistory h)
    {
        var picked = h.PickedIndex;
        // Drop claims other than the picked one first: the relational invariants are about it.
        for (var i = h.Claims.Count - 1; i >= 0; i--)
        {
            if (i == picked) continue;
            var claims = h.Claims.Where((_, j) => j != i).ToList();
            yield return h with { Claims = claims, Pick = picked > i ? picked - 1 : picked };
        }
        if (h.Claims.Count > 0) yield return h with { Claims = h.Claims.Where((_, j) => j != picked).ToList(), Pick = 0 };
        for (var i = 0; i < h.Claims.Count; i++)
        {
            var c = h.Claims[i];
            foreach (var amount in SmallerAmounts(c.Amount)) yield return Replace(h, i, c with { Amount = amount });
            if (c.Channel != Channel.OnSite) yield return Replace(h, i, c with { Channel = Channel.OnSite });
            if (c.Place != Place.Local) yield return Replace(h, i, c with { Place = Place.Local });
            if (!c.Designated) yield return Replace(h, i, c with { Designated = true });
            if (c.Inpatient) yield return Replace(h, i, c with { Inpatient = false });
        }
        foreach (var raise in SmallerAmounts(h.Raise)) yield return h with { Raise = raise };
        foreach (var amount in SmallerAmounts(h.Extra.Amount)) yield return h with { Extra = h.Extra with { Amount = amount } };
        var person = h.Person;
        if (person.Base != Math.Round(person.Base, 0)) yield return WithPerson(h, person with { Base = Math.Round(person.Base, 0) });
        if (person.OldWorker) yield return WithPerson(h, person with { OldWorker = false });
    }

    private static IEnumerable<decimal> SmallerAmounts(decimal amount)
    {
        var candidates = new[] { Math.Round(amount, 0), Math.Round(amount / 2, 2), Math.Round(amount / 10, 0), 100m, 10m, 1m, 0.01m };
        return candidates.Where(a => a > 0 && a < amount).Distinct();
    }

    private static ClaimHistory Replace(ClaimHistory h, int index, Claim claim) =>
        h with { Claims = h.Claims.Select((c, j) => j == index ? claim : c).ToList() };

    private static ClaimHistory WithPerson(ClaimHistory h, Person person) =>
        h with { Person = person, Claims = h.Claims.Select(c => c with { Person = person }).ToList(), Extra = h.Extra with { Person = person } };
}
