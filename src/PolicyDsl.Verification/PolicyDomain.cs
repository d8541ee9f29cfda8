using PolicyDsl.Compilation;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Bound;

namespace PolicyDsl.Verification;

/// <summary>
/// What generation needs to know of a policy: the window of dates it is in force, the dates where a
/// value changes (so both sides of every boundary are tried), and whether its deductible is per visit.
/// </summary>
public sealed record PolicyDomain(DateOnly Start, DateOnly End, IReadOnlyList<DateOnly> Boundaries, bool PerVisitDeductible)
{
    /// <summary>Generated years reach at most this far past the start when the policy has no end.</summary>
    private const int OpenEndedYears = 4;

    public static PolicyDomain Of(CheckedPolicy policy, ParameterValues parameters)
    {
        // A Date param bounding the period must have a value: Get reports PD0302 otherwise.
        var start = policy.Info.InForceFrom.Date ?? parameters.Get<DateOnly>(policy.Info.InForceFrom.Parameter!.Index);
        var until = policy.Info.InForceUntil is { } u ? u.Date ?? parameters.Get<DateOnly>(u.Parameter!.Index) : (DateOnly?)null;
        var end = until ?? new DateOnly(start.Year + OpenEndedYears, 12, 31);
        var roots = new[] { policy.Rules.Eligible, policy.Rules.Deductible, policy.Rules.Ratio, policy.Rules.Cap }
            .Concat(policy.Exclusions.Select(e => e.Condition));
        var nodes = BoundTree.Reachable(roots).ToList();
        var changes = nodes.OfType<BoundDated>().SelectMany(d => d.Branches)
            .SelectMany(b => new[] { b.From, (b.Until is { } u ? Domain.Dates.Next(u) : (DateOnly?)null) }).OfType<DateOnly>();
        var yearStarts = Enumerable.Range(start.Year + 1, Math.Max(0, end.Year - start.Year)).Select(y => new DateOnly(y, 1, 1));
        var boundaries = changes.Concat(yearStarts).Append(start).Append(Domain.Dates.Next(end))
            .SelectMany(d => new[] { Domain.Dates.Previous(d), d })
            .Where(d => d >= start && d <= end).Distinct().Order().ToList();
        var perVisit = !BoundTree.Reachable([policy.Rules.Deductible]).OfType<BoundInput>()
            .Any(i => i.Field is InputField.YearDeductibleMet or InputField.YearDeductibleMetAtLevel);
        return new PolicyDomain(start, end, boundaries, perVisit);
    }
}
