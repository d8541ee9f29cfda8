using PolicyDsl.Runtime;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// Fails loudly when a way of settling disagrees with the compiled policy: a baseline that computes
/// something else could be faster for the wrong reason and make every ratio flattering.
/// </summary>
internal static class Agreement
{
    public static void Require(string name, IReadOnlyList<Settlement> expected, IReadOnlyList<Settlement> actual)
    {
        if (actual.Count != expected.Count)
        {
            throw new InvalidOperationException($"{name} settled {actual.Count} claims, the compiled policy {expected.Count}");
        }
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            if (a.Index != e.Index || a.Fund != e.Fund || a.Deductible != e.Deductible || a.Personal != e.Personal
                || a.Eligible != e.Eligible || a.Ratio != e.Ratio || a.Cap != e.Cap || a.FundYearToDate != e.FundYearToDate
                || a.ExcludedBy != e.ExcludedBy || !a.Caps.SequenceEqual(e.Caps))
            {
                throw new InvalidOperationException(
                    $"{name} disagrees with the compiled policy at settlement {i}:{Environment.NewLine}  compiled: {Show(e)}{Environment.NewLine}  {name}: {Show(a)}");
            }
        }
    }

    private static string Show(Settlement s) =>
        $"claim {s.Index} ({s.Claim.Person.Id} {s.Claim.Date:yyyy-MM-dd} {s.Claim.Level} {s.Claim.Amount}): eligible {s.Eligible}, deductible {s.Deductible}, " +
        $"ratio {s.Ratio}, cap {s.Cap}, fund {s.Fund}, personal {s.Personal}, year to date {s.FundYearToDate}, excluded by {s.ExcludedBy ?? "-"}";
}
