using PolicyDsl.Compilation;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Verification;

/// <summary>
/// What generation needs to know of a policy: the window of dates it is in force, the dates where a
/// value changes (so both sides of every boundary are tried), whether its deductible is per visit,
/// and the inputs it declares (generated like the prelude's).
/// </summary>
internal sealed record PolicyDomain(DateOnly Start, DateOnly End, IReadOnlyList<DateOnly> Boundaries, bool PerVisitDeductible)
{
    /// <summary>Whether the settlement's cap is an annual one (rule cap with the prelude's fund), so the year's total must stay within it.</summary>
    public bool AnnualCap { get; init; } = true;

    /// <summary>Whether the fund has a cap per claim (<c>capped by X</c> with no total): splitting a claim may then raise the fund.</summary>
    public bool PerClaimCap { get; init; }

    /// <summary>Whether the fund has several caps, against different totals (or per claim beside a total).</summary>
    public bool SeveralCaps { get; init; }

    /// <summary>
    /// The step the fund is rounded to (0.01元 unless declared). Splitting a claim in two can move the total by
    /// at most one step: r(x) + r(y) − r(x + y) is −1, 0 or 1 step for every way of rounding.
    /// </summary>
    public decimal RoundingStep { get; init; } = 0.01m;

    /// <summary>The claim and person inputs the policy declares itself.</summary>
    public IReadOnlyList<InputSymbol> Declared { get; init; } = [];

    /// <summary>Generated years reach at most this far past the start when the policy has no end.</summary>
    private const int OpenEndedYears = 4;

    public static PolicyDomain Of(CheckedPolicy policy, ParameterValues parameters)
    {
        // A Date param bounding the period must have a value: Get reports PD0302 otherwise.
        var start = policy.Info.InForceFrom.Date ?? parameters.Get<DateOnly>(policy.Info.InForceFrom.Parameter!.Index);
        var until = policy.Info.InForceUntil is { } u ? u.Date ?? parameters.Get<DateOnly>(u.Parameter!.Index) : (DateOnly?)null;
        // Open-ended from 9996 on, four more years would pass the last date there is (9999-12-31).
        var end = until ?? new DateOnly(Math.Min(start.Year + OpenEndedYears, DateOnly.MaxValue.Year), 12, 31);
        var roots = new[] { policy.Rules.Eligible, policy.Rules.Deductible, policy.Rules.Ratio, policy.Rules.Cap, policy.Rules.Fund }.OfType<BoundExpr>()
            .Concat(policy.Exclusions.Select(e => e.Condition));
        var nodes = BoundTree.Reachable(roots).ToList();
        var changes = nodes.OfType<BoundDated>().SelectMany(d => d.Branches)
            .SelectMany(b => new[] { b.From, (b.Until is { } u ? Domain.Dates.Next(u) : (DateOnly?)null) }).OfType<DateOnly>();
        var yearStarts = Enumerable.Range(start.Year + 1, Math.Max(0, end.Year - start.Year)).Select(y => new DateOnly(y, 1, 1));
        var boundaries = changes.Concat(yearStarts).Append(start).Append(Domain.Dates.Next(end))
            .SelectMany(d => new[] { Domain.Dates.Previous(d), d })
            .Where(d => d >= start && d <= end).Distinct().Order().ToList();
        var caps = policy.Rules.Fund is { } fund ? BoundTree.Reachable([fund]).OfType<BoundCapped>().ToList() : [];
        return new PolicyDomain(start, end, boundaries, !MetOnce(policy.Rules.Deductible, policy.Totals, 0))
        {
            Declared = policy.Inputs.Declared,
            AnnualCap = policy.Rules.Fund is null,
            PerClaimCap = caps.Any(c => c.Against is null),
            SeveralCaps = caps.Count > 1,
            RoundingStep = policy.Rounds.Fund.Step,
        };
    }

    /// <summary>
    /// Whether a deductible is met once whatever the claims are cut into: every value it can take is
    /// zero or a threshold less what the year has already met (<c>400元 - year.deductibleMet</c>), so
    /// splitting a claim moves the deductible between the parts without changing the total. Anything
    /// else (<c>min (levelDeductible claim.level) (300元 - year.deductibleMet)</c> charges each visit) is
    /// treated as per visit, for which splitting may only lower the fund.
    /// </summary>
    private static bool MetOnce(BoundExpr expr, IReadOnlyList<TotalDefinition> totals, int depth) => depth < 64 && expr switch
    {
        BoundCited c => MetOnce(c.Inner, totals, depth + 1),
        BoundValue v => MetOnce(v.Value.Body, totals, depth + 1),
        BoundLiteral { Value: decimal d } => d <= 0m,
        BoundUnstated => true,
        BoundBinary { Operator: Syntax.Ast.BinaryOperator.Subtract, Right: var right } => ReadsDeductibleMet(right, totals),
        BoundMinMax m => MetOnce(m.Left, totals, depth + 1) && MetOnce(m.Right, totals, depth + 1),
        BoundIf i => MetOnce(i.Then, totals, depth + 1) && MetOnce(i.Else, totals, depth + 1),
        BoundMatch m => m.Arms.All(a => MetOnce(a.Body, totals, depth + 1)),
        BoundDated d => d.Branches.All(b => MetOnce(b.Value, totals, depth + 1)),
        _ => false,
    };

    /// <summary>A read of a yearly total of every deductible applied (<c>year.deductibleMet</c>, or kept by a key like <c>…AtLevel</c>).</summary>
    private static bool ReadsDeductibleMet(BoundExpr expr, IReadOnlyList<TotalDefinition> totals) => expr switch
    {
        BoundCited c => ReadsDeductibleMet(c.Inner, totals),
        BoundInput { Input.TotalIndex: { } t } => totals[t] is { Quantity: TotalQuantity.Deductible, Period: TotalPeriod.Year, Where: null },
        _ => false,
    };
}
