using PolicyDsl.Domain;

namespace PolicyDsl.Runtime;

/// <summary>One person's running totals for the natural year (自然年度) being settled.</summary>
internal sealed class YearState
{
    public int Year { get; private set; }
    public decimal FundPaid { get; private set; }
    public decimal DeductibleMet { get; private set; }
    public decimal[] DeductibleMetByLevel { get; } = new decimal[Enum.GetValues<HospitalLevel>().Length];

    public void Reset(int year)
    {
        Year = year;
        FundPaid = 0;
        DeductibleMet = 0;
        Array.Clear(DeductibleMetByLevel);
    }

    public void Record(HospitalLevel level, decimal deductible, decimal fund)
    {
        FundPaid += fund;
        DeductibleMet += deductible;
        DeductibleMetByLevel[(int)level] += deductible;
    }
}
