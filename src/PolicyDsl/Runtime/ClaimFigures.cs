namespace PolicyDsl.Runtime;

/// <summary>
/// What one claim came to, before anything is made of it: a <see cref="Settlement"/> (with its caps and grounds)
/// for a caller that keeps results, or nothing at all for one that only adds them up (<see cref="ISettledFigures"/>).
/// </summary>
/// <param name="Ratio">The rule ratio, when the policy has one.</param>
/// <param name="Cap">The rule cap, when the policy has one (a policy that writes its fund reports its tightest cap instead).</param>
/// <param name="FundYearToDate">统筹基金本年度累计支付, including this claim.</param>
internal readonly record struct ClaimFigures(decimal Eligible, decimal Deductible, decimal? Ratio, decimal? Cap, decimal Fund, decimal Personal,
    decimal FundYearToDate, string? ExcludedBy);

/// <summary>Takes each claim's figures as a person is settled (<see cref="SettlementEngine.SettlePerson"/>); the caps are the engine's, valid only during the call.</summary>
internal interface ISettledFigures
{
    void Add(Domain.Claim claim, in ClaimFigures figures, ReadOnlySpan<Compilation.AppliedCap> caps);
}

/// <summary>A context and a person's running totals, reused by one thread for person after person; <paramref name="Fen"/> when it settles in integer fen.</summary>
internal sealed record SettlementSession(Compilation.EvaluationContext Context, YearState Year, FenSession? Fen = null);
