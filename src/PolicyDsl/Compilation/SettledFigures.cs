namespace PolicyDsl.Compilation;

/// <summary>The figures of a settled claim, as invariants read them (result.fund, result.ratio, ...).</summary>
public sealed record SettledFigures(decimal Eligible, decimal Deductible, decimal Ratio, decimal Cap, decimal Fund, decimal Personal, decimal FundYearToDate);
