using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Verification;

/// <summary>The invariants every policy must satisfy without declaring them.</summary>
internal static class BuiltInInvariants
{
    private const string Engine = "built in";

    /// <summary>
    /// The ones a policy's shape makes untrue in general, with the reason, so a report can say what it
    /// did not check rather than pass it. With several caps against different totals (每次、每月基层、
    /// 每年药店), a claim can use up a cap that a later claim would have been paid under.
    /// </summary>
    public static IReadOnlyList<(string Name, string Reason)> NotApplicable(PolicyDomain domain) => domain.SeveralCaps
        ?
        [
            (RaisingName, SeveralCapsReason),
            (AddingName, SeveralCapsReason),
            ("splitting a claim in two on the same day", SeveralCapsReason),
        ]
        : [];

    private const string RaisingName = "raising a claim's amount never lowers the year's fund total";
    private const string AddingName = "adding a claim never lowers the year's fund total";
    private const string SeveralCapsReason = "several caps against different totals: a claim can use up room a later claim would have had";

    public static IReadOnlyList<InvariantCheck> For(PolicyDomain domain) => domain.SeveralCaps ? Common(domain) : [.. Common(domain), .. Monotonic(domain)];

    private static IReadOnlyList<InvariantCheck> Monotonic(PolicyDomain domain) =>
    [
        new(RaisingName, Engine, RaisingNeverLowers),
        new(AddingName, Engine, AddingNeverLowers),
        new(domain.PerClaimCap
                ? "splitting a claim in two on the same day can only raise the year's fund total (cap per claim)"
                : domain.PerVisitDeductible
                ? "splitting a claim in two on the same day can only lower the year's fund total (deductible per visit)"
                : $"splitting a claim in two on the same day leaves the year's fund total unchanged, to {(domain.RoundingStep == 0.01m ? "a fen" : "one rounding step")}",
            Engine, (h, s) => SplittingKeepsTheTotal(h, s, domain.PerVisitDeductible, domain.PerClaimCap, domain.RoundingStep)),
    ];

    private static IReadOnlyList<InvariantCheck> Common(PolicyDomain domain) =>
    [
        PerClaim("0 ≤ fund ≤ eligible", s => s.Fund >= 0 && s.Fund <= s.Eligible, s => $"fund {M(s.Fund)} with eligible {M(s.Eligible)}"),
        PerClaim("fund + personal = amount", s => s.Fund + s.Personal == s.Claim.Amount, s => $"{M(s.Fund)} + {M(s.Personal)} ≠ {M(s.Claim.Amount)}"),
        PerClaim("ratio within [0, 1]", s => s.Ratio is null or (>= 0m and <= 1m), s => $"ratio {s.Ratio:0.####}"),
        PerClaim("deductible within [0, eligible]", s => s.Deductible >= 0 && s.Deductible <= s.Eligible, s => $"deductible {M(s.Deductible)} with eligible {M(s.Eligible)}"),
        // With a rule fund the cap that applied may be a monthly or per-claim one, which the year's total may pass.
        PerClaim("the year's fund never exceeds the cap in force", s => s.Fund == 0 || !domain.AnnualCap || s.FundYearToDate <= s.Cap,
            s => $"fund paid this year reaches {M(s.FundYearToDate)} with a cap of {M(s.Cap!.Value)}"),
        new("claims of one year never change the next year's results", Engine, YearsAreIndependent),
    ];

    private static string M(decimal yuan) => Money.Format(yuan);

    private static InvariantCheck PerClaim(string name, Func<Settlement, bool> holds, Func<Settlement, string> describe) =>
        new(name, Engine, (history, settler) =>
        {
            var broken = settler.Settle(history.Claims).FirstOrDefault(s => !holds(s));
            return broken is null ? null : $"claim {broken.Index + 1} ({broken.Claim.Date:yyyy-MM-dd}): {describe(broken)}";
        });

    private static string? RaisingNeverLowers(ClaimHistory history, Settler settler)
    {
        if (history.PickedIndex < 0) return null;
        var picked = history.Claims[history.PickedIndex];
        var raised = history.Claims.Select((c, i) => i == history.PickedIndex ? c with { Amount = c.Amount + history.Raise } : c).ToList();
        var year = picked.Date.Year;
        var before = Settler.FundByYear(settler.Settle(history.Claims)).GetValueOrDefault(year);
        var after = Settler.FundByYear(settler.Settle(raised)).GetValueOrDefault(year);
        return after >= before ? null
            : $"raising claim {history.PickedIndex + 1} by {M(history.Raise)} lowers the {year} fund total from {M(before)} to {M(after)}";
    }

    private static string? AddingNeverLowers(ClaimHistory history, Settler settler)
    {
        if (!settler.InDomain(history.Extra)) return null;
        var year = history.Extra.Date.Year;
        var before = Settler.FundByYear(settler.Settle(history.Claims)).GetValueOrDefault(year);
        var after = Settler.FundByYear(settler.Settle([.. history.Claims, history.Extra])).GetValueOrDefault(year);
        return after >= before ? null
            : $"adding a claim of {M(history.Extra.Amount)} on {history.Extra.Date:yyyy-MM-dd} ({history.Extra.Level}) lowers the {year} fund total from {M(before)} to {M(after)}";
    }

    private static string? YearsAreIndependent(ClaimHistory history, Settler settler)
    {
        if (history.Claims.Count == 0) return null;
        var firstYear = history.Claims.Min(c => c.Date.Year);
        var later = history.Claims.Where(c => c.Date.Year > firstYear).ToList();
        if (later.Count == 0) return null;
        var together = settler.Settle(history.Claims).Where(s => s.Claim.Date.Year > firstYear).OrderBy(s => s.Index).ToList();
        var alone = settler.Settle(later);
        for (var i = 0; i < alone.Count; i++)
        {
            var a = together.First(t => ReferenceEquals(t.Claim, alone[i].Claim));
            var b = alone[i];
            if (a.Fund != b.Fund || a.Deductible != b.Deductible)
            {
                return $"the claim of {b.Claim.Date:yyyy-MM-dd} pays {M(a.Fund)} (deductible {M(a.Deductible)}) after the {firstYear} claims, " +
                       $"but {M(b.Fund)} (deductible {M(b.Deductible)}) without them";
            }
        }
        return null;
    }

    private static string? SplittingKeepsTheTotal(ClaimHistory history, Settler settler, bool perVisit, bool perClaimCap, decimal step)
    {
        if (history.PickedIndex < 0) return null;
        var picked = history.Claims[history.PickedIndex];
        if (picked.Amount < 0.02m) return null;
        var first = Math.Max(0.01m, Math.Min(picked.Amount - 0.01m, Math.Round(picked.Amount * history.SplitShare, 2)));
        var split = history.Claims.SelectMany((c, i) => i == history.PickedIndex
            ? new[] { c with { Amount = first }, c with { Amount = c.Amount - first } }
            : [c]).ToList();
        var year = picked.Date.Year;
        var whole = Settler.FundByYear(settler.Settle(history.Claims)).GetValueOrDefault(year);
        var parts = Settler.FundByYear(settler.Settle(split)).GetValueOrDefault(year);
        // A per-claim cap on a per-visit deductible has no direction; only one cap is ever per claim here (several caps skip this).
        var holds = (perVisit, perClaimCap) switch
        {
            (true, true) => true,
            (true, false) => parts <= whole + step,
            (false, true) => parts >= whole - step,
            _ => Math.Abs(parts - whole) <= step,
        };
        return holds ? null
            : $"splitting claim {history.PickedIndex + 1} ({M(picked.Amount)}) into {M(first)} + {M(picked.Amount - first)} changes the {year} fund total from {M(whole)} to {M(parts)}";
    }
}
