using PolicyDsl.Compilation;
using PolicyDsl.Domain;

namespace PolicyDsl.Runtime;

/// <summary>
/// The result of settling one claim (结算结果). <see cref="Fund"/> + <see cref="Personal"/> equals the
/// claim's amount to the fen.
/// </summary>
/// <param name="Index">The claim's position in the input (0-based).</param>
/// <param name="Claim">The claim settled.</param>
/// <param name="Eligible">政策范围内费用 after exclusions.</param>
/// <param name="Deductible">起付标准 applied to this claim, within [0, eligible].</param>
/// <param name="Ratio">统筹基金支付比例; null when the policy has no single ratio (it writes its fund, with bands).</param>
/// <param name="Cap">年度最高支付限额 in force for this claim; for a policy that writes its fund, the limit of the
/// cap that left the least room; null when no cap applied (上不封顶).</param>
/// <param name="Fund">统筹基金支付, rounded half away from zero to 0.01元.</param>
/// <param name="Personal">个人负担: amount − fund.</param>
/// <param name="FundYearToDate">统筹基金本年度累计支付, including this claim.</param>
/// <param name="ExcludedBy">The reason of the exclusion that applied, if any.</param>
/// <param name="Trace">How each figure was reached, when tracing (<see cref="Recording.Trace"/>).</param>
/// <param name="Caps">Every cap that applied, with its room and whether it bit; empty when none did (上不封顶, or an excluded claim).</param>
public sealed record Settlement(
    int Index,
    Claim Claim,
    decimal Eligible,
    decimal Deductible,
    decimal? Ratio,
    decimal? Cap,
    decimal Fund,
    decimal Personal,
    decimal FundYearToDate,
    string? ExcludedBy,
    SettlementTrace? Trace,
    IReadOnlyList<AppliedCap> Caps)
{
    /// <summary>
    /// The articles and assumed params the result rests on, when recorded (<see cref="Recording.Grounds"/> or
    /// <see cref="Recording.Trace"/>); null on the fast path. Claims with the same grounds may share one instance.
    /// </summary>
    public SettlementGrounds? Grounds { get; init; }
}

/// <summary>The steps of one settlement, the citations behind them, and the assumed parameters it rests on.</summary>
/// <param name="Steps">Each figure in the order it was reached: eligible, deductible, ratio, cap, fund, ….</param>
/// <param name="Citations">Every article behind the settlement, once each (第四条（二）).</param>
/// <param name="Assumptions">The assumed params the figures rest on.</param>
public sealed record SettlementTrace(IReadOnlyList<TraceStep> Steps, IReadOnlyList<string> Citations, IReadOnlyList<Assumption> Assumptions);

/// <summary>One step: its name, its value, how it was computed, and the articles that shaped it.</summary>
/// <param name="Name">The figure: <c>eligible</c>, <c>deductible</c>, <c>fund</c>, ….</param>
/// <param name="Value">Its value.</param>
/// <param name="Explanation">How it was computed, in words and figures.</param>
/// <param name="Citations">The articles that shaped it.</param>
public sealed record TraceStep(string Name, decimal Value, string Explanation, IReadOnlyList<string> Citations);

/// <summary>A parameter whose value was assumed rather than stated by the notice, and why.</summary>
/// <param name="Parameter">The param's name.</param>
/// <param name="Value">The value used, as a rule file writes it.</param>
/// <param name="Reason">Why it was assumed (a params file's comment, a host's <c>assumption</c>).</param>
public sealed record Assumption(string Parameter, string Value, string Reason);

/// <summary>
/// The personal account credit of one person for one month (个人账户月划入额), or, when the policy
/// cannot credit this person (an unstated branch, a missing param), no figure and the reason.
/// </summary>
/// <param name="Person">Whose credit it is.</param>
/// <param name="Month">The first day of the month credited.</param>
/// <param name="Citations">The articles behind the credit.</param>
/// <param name="Assumptions">The assumed params it rests on.</param>
/// <param name="Credit">The credit, rounded to the fen; null exactly when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why this person could not be credited; the other persons are credited regardless.</param>
public sealed record AccountCredit(Person Person, DateOnly Month, decimal? Credit, IReadOnlyList<string> Citations, IReadOnlyList<Assumption> Assumptions,
    EvaluationError? Error = null);
