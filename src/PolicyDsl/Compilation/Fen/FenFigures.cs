namespace PolicyDsl.Compilation.Fen;

/// <summary>
/// <see cref="SettledFigures"/> as whole units, for a rule fund lowered to integer fen to read as result.*:
/// eligible, deductible and fund year to date at <see cref="FenScales.Figures"/>, ratio and cap at theirs, fund
/// and personal in fen. Filled in place by the engine, like the decimal one.
/// </summary>
internal sealed class FenFigures
{
    public long Eligible;
    public long Deductible;
    public long Ratio;
    public long Cap;
    public long Fund;
    public long Personal;
    public long FundYearToDate;
}
