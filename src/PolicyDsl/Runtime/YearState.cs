using PolicyDsl.Domain;
using PolicyDsl.Semantics;

namespace PolicyDsl.Runtime;

/// <summary>
/// One person's running totals: the prelude's for the natural year (自然年度), and the policy's declared
/// totals, each of which starts again with its own period (year, month or day).
/// </summary>
internal sealed class YearState(IReadOnlyList<TotalDefinition> totals)
{
    private readonly (int Year, int Month, int Day)[] _periods = new (int, int, int)[totals.Count];

    public int Year { get; private set; }
    public decimal FundPaid { get; private set; }
    public decimal DeductibleMet { get; private set; }
    public decimal[] DeductibleMetByLevel { get; } = new decimal[Enum.GetValues<HospitalLevel>().Length];

    /// <summary>The declared totals' values for the current claim's periods, by index; the context reads this array.</summary>
    public decimal[] Totals { get; } = new decimal[totals.Count];

    public void Reset(int year)
    {
        Year = year;
        FundPaid = 0;
        DeductibleMet = 0;
        Array.Clear(DeductibleMetByLevel);
        Array.Clear(Totals);
        Array.Clear(_periods);
    }

    /// <summary>Starts each declared total again when the claim falls in a new year, month or day of it.</summary>
    public void EnterPeriods(DateOnly date)
    {
        for (var i = 0; i < Totals.Length; i++)
        {
            var period = totals[i].Period switch
            {
                TotalPeriod.Year => (date.Year, 0, 0),
                TotalPeriod.Month => (date.Year, date.Month, 0),
                _ => (date.Year, date.Month, date.Day),
            };
            if (_periods[i] == period) continue;
            _periods[i] = period;
            Totals[i] = 0m;
        }
    }

    public void Record(HospitalLevel level, decimal deductible, decimal fund)
    {
        FundPaid += fund;
        DeductibleMet += deductible;
        DeductibleMetByLevel[(int)level] += deductible;
    }
}
