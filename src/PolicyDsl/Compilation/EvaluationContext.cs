using PolicyDsl.Domain;

namespace PolicyDsl.Compilation;

/// <summary>
/// Everything a rule may read while one claim (or one month's credit) is evaluated. The engine fills
/// it in place for each claim, so evaluation allocates nothing; compiled rules read its fields directly.
/// </summary>
internal sealed class EvaluationContext(ParameterValues parameters)
{
    /// <summary>The claim being settled; null while crediting an account.</summary>
    public Claim? Claim;

    public Person Person = null!;

    /// <summary>The claim's date, or the first day of the month being credited: dated values choose by it.</summary>
    public DateOnly Date;

    public ParameterValues Parameters = parameters;

    /// <summary>
    /// The claim's figures so far: eligible, deductible, ratio and cap before <c>rule fund</c> (which reads
    /// them as result.*), all of them for invariants. Filled in place by the engine.
    /// </summary>
    public SettledFigures? Result;

    /// <summary>
    /// Every running total before this claim, by index: the prelude's (<c>year.fundPaid</c> first), then the
    /// policy's (<c>total.*</c>); a total kept by a key holds the value for this claim's key.
    /// </summary>
    public decimal[] Totals = [];

    /// <summary>The tightest room any cap left while the fund was evaluated (decimal.MaxValue: none applied).</summary>
    public decimal FundRoom = decimal.MaxValue;

    /// <summary>The limit of the cap that left <see cref="FundRoom"/>: the settlement's cap; null when none applied.</summary>
    public decimal? TightestCap;

    /// <summary>Every cap that applied to the claim, once each, in the order they were met; cleared for each claim.</summary>
    public readonly List<AppliedCap> Caps = [];

    /// <summary>Set to record citations and parameters; null on the fast path.</summary>
    public EvaluationTrace? Trace;

    // The integer path's view of the same figures (Fen.FenScales says at which scale each is held).

    /// <summary>The claim's amount in fen, for rules lowered to integer fen.</summary>
    public long FenAmount;

    /// <summary><see cref="Totals"/> as whole units, for rules lowered to integer fen.</summary>
    public long[] FenTotals = [];

    /// <summary><see cref="FundRoom"/> as whole units (long.MaxValue: none applied), for rules lowered to integer fen.</summary>
    public long FenRoom = long.MaxValue;

    /// <summary><see cref="Result"/> as whole units, for rules lowered to integer fen.</summary>
    public Fen.FenFigures? FenResult;
}
