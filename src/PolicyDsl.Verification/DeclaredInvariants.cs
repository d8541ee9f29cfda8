using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Verification;

/// <summary>The invariants a policy declares, as checks on generated histories.</summary>
internal static class DeclaredInvariants
{
    public static IReadOnlyList<InvariantCheck> For(CheckedPolicy policy) =>
        policy.Invariants.Select((invariant, index) => invariant switch
        {
            ClaimInvariant claim => new InvariantCheck(claim.Name, Cited(claim), (h, s) => CheckClaim(index, h, s), Declared: true),
            OrderedInvariant ordered => new InvariantCheck(ordered.Name, Cited(ordered), (h, s) => CheckOrdered(ordered, h, s), Declared: true),
            _ => throw new InvalidOperationException(invariant.GetType().Name),
        }).ToList();

    private static string Cited(Invariant invariant) =>
        invariant.Citations.Count == 0 ? "declared" : "@ " + string.Join(", ", invariant.Citations.Select(c => c.Text).Distinct());

    private static string? CheckClaim(int index, ClaimHistory history, Settler settler)
    {
        var context = new EvaluationContext(settler.Parameters);
        foreach (var s in settler.Settle(history.Claims))
        {
            context.Claim = s.Claim;
            context.Person = s.Claim.Person;
            context.Date = s.Claim.Date;
            context.Result = new SettledFigures(s.Eligible, s.Deductible, s.Ratio ?? 0m, s.Cap ?? 0m, s.Fund, s.Personal, s.FundYearToDate);
            if (!settler.Compiled.InvariantHolds(index, context))
            {
                return $"claim {s.Index + 1} ({s.Claim.Date:yyyy-MM-dd}, {s.Claim.Level}, {Money.Format(s.Claim.Amount)}): " +
                       $"eligible {Money.Format(s.Eligible)}, deductible {Money.Format(s.Deductible)}, ratio {s.Ratio:0.####}, fund {Money.Format(s.Fund)}";
            }
        }
        return null;
    }

    private static string? CheckOrdered(OrderedInvariant invariant, ClaimHistory history, Settler settler)
    {
        var lower = With(history.Claims, invariant.Field, invariant.Lower);
        var higher = With(history.Claims, invariant.Field, invariant.Higher);
        if (!lower.All(settler.InDomain) || !higher.All(settler.InDomain)) return null;
        var low = Settler.FundByYear(settler.Settle(lower));
        var high = Settler.FundByYear(settler.Settle(higher));
        foreach (var (year, fund) in low)
        {
            if (high.GetValueOrDefault(year) < fund)
            {
                return $"in {year}, with {invariant.Field.QualifiedName} = {invariant.Higher} the fund pays {Money.Format(high.GetValueOrDefault(year))}, " +
                       $"less than {Money.Format(fund)} with {invariant.Lower}";
            }
        }
        return null;
    }

    /// <summary>The same claims with one person or claim input set to <paramref name="value"/>.</summary>
    internal static List<Claim> With(IReadOnlyList<Claim> claims, InputSymbol field, object value) =>
        claims.Select(c => InputAccess.With(c, field, value)).ToList();
}
