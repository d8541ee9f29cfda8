using PolicyDsl.Domain;

namespace PolicyDsl.Compilation;

/// <summary>
/// Everything a rule may read while one claim (or one month's credit) is evaluated. The engine fills
/// it in place for each claim, so evaluation allocates nothing; compiled rules read its fields directly.
/// </summary>
public sealed class EvaluationContext(ParameterValues parameters)
{
    /// <summary>The claim being settled; null while crediting an account.</summary>
    public Claim? Claim;

    public Person Person = null!;

    /// <summary>The claim's date, or the first day of the month being credited: dated values choose by it.</summary>
    public DateOnly Date;

    /// <summary>统筹基金本年度已支付.</summary>
    public decimal FundPaid;

    /// <summary>本年度已累计的起付标准, all levels together.</summary>
    public decimal DeductibleMet;

    /// <summary>本年度在本次就诊同级医疗机构已累计的起付标准.</summary>
    public decimal DeductibleMetAtLevel;

    public ParameterValues Parameters = parameters;

    /// <summary>
    /// The claim's figures so far: eligible, deductible, ratio and cap before <c>rule fund</c> (which reads
    /// them as result.*), all of them for invariants. Filled in place by the engine.
    /// </summary>
    public SettledFigures? Result;

    /// <summary>The policy's declared running totals (<c>total.*</c>) before this claim, by index.</summary>
    public decimal[] Totals = [];

    /// <summary>The tightest room any cap left while the fund was evaluated (decimal.MaxValue: none applied).</summary>
    public decimal FundRoom = decimal.MaxValue;

    /// <summary>The limit of the cap that left <see cref="FundRoom"/>: the settlement's cap; null when none applied.</summary>
    public decimal? TightestCap;

    /// <summary>Set to record citations and parameters; null on the fast path.</summary>
    public EvaluationTrace? Trace;
}
