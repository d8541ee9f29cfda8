namespace PolicyDsl.Compilation;

/// <summary>
/// The figures of a claim as rules read them (result.fund, result.ratio, ...): the engine fills
/// eligible, deductible, ratio and cap before <c>rule fund</c>; invariants see them all. Mutable so the
/// engine reuses one per run instead of allocating one per claim.
/// </summary>
internal sealed class SettledFigures(decimal eligible = 0m, decimal deductible = 0m, decimal ratio = 0m, decimal cap = 0m,
    decimal fund = 0m, decimal personal = 0m, decimal fundYearToDate = 0m)
{
    public decimal Eligible { get; set; } = eligible;
    public decimal Deductible { get; set; } = deductible;
    public decimal Ratio { get; set; } = ratio;
    public decimal Cap { get; set; } = cap;
    public decimal Fund { get; set; } = fund;
    public decimal Personal { get; set; } = personal;
    public decimal FundYearToDate { get; set; } = fundYearToDate;
}
