using PolicyDsl.Compilation;
using PolicyDsl.Compilation.Fen;

namespace PolicyDsl.Runtime;

/// <summary>
/// One thread's place to settle persons in integer fen: the person's totals as whole units, and the figures of
/// the person's claims, held until every claim has settled (a person the integer path gives up on is settled
/// again in decimal, and nothing of the attempt may reach the sink).
/// </summary>
internal sealed class FenSession
{
    /// <summary>One claim's figures as units: eligible, deductible and fund year to date at the figures' scale, fund and personal in fen.</summary>
    internal readonly record struct Units(long Eligible, long Deductible, long? Ratio, long? Cap, long Fund, long Personal, long FundYearToDate, string? ExcludedBy);

    private Units[] _figures = new Units[64];
    private int[] _capEnds = new int[64];
    private AppliedCap[] _caps = new AppliedCap[64];
    private int _capCount;
    private readonly FenScales _scales;

    public FenSession(FenRules rules, IReadOnlyList<Semantics.TotalDefinition> totals, EvaluationContext context)
    {
        Rules = rules;
        _scales = rules.Scales;
        Totals = new RunningTotals<long>(totals);
        context.FenTotals = Totals.Totals;
        context.FenResult = new FenFigures();
        Quantities = totals.Select(t => t.Quantity).ToArray();
    }

    /// <summary>What each total adds, in the policy's order (read for every claim).</summary>
    public Semantics.TotalQuantity[] Quantities { get; }

    public FenRules Rules { get; }
    public RunningTotals<long> Totals { get; }

    /// <summary>Persons the integer path gave up on, settled in decimal instead.</summary>
    public long Fallbacks { get; set; }

    /// <summary>Persons it settled.</summary>
    public long Settled { get; set; }

    public int Count { get; private set; }

    public void Clear() => (Count, _capCount) = (0, 0);

    /// <summary>Holds one more claim's figures and the caps that applied to it.</summary>
    public void Add(in Units figures, List<AppliedCap> caps)
    {
        if (Count == _figures.Length)
        {
            Array.Resize(ref _figures, Count * 2);
            Array.Resize(ref _capEnds, Count * 2);
        }
        if (_capCount + caps.Count > _caps.Length) Array.Resize(ref _caps, Math.Max(_caps.Length * 2, _capCount + caps.Count));
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(caps).CopyTo(_caps.AsSpan(_capCount));
        _capCount += caps.Count;
        _figures[Count] = figures;
        _capEnds[Count++] = _capCount;
    }

    /// <summary>Claim <paramref name="index"/>'s figures as the decimals they stand for.</summary>
    public ClaimFigures Figures(int index)
    {
        ref readonly var f = ref _figures[index];
        var (figures, ratio, cap) = (_scales.Figures, _scales.Ratio, _scales.Cap);
        return new ClaimFigures(FenUnits.ToDecimal(f.Eligible, figures), FenUnits.ToDecimal(f.Deductible, figures),
            f.Ratio is { } r ? FenUnits.ToDecimal(r, ratio) : null, f.Cap is { } c ? FenUnits.ToDecimal(c, cap) : null,
            FenUnits.ToDecimal(f.Fund, 2), FenUnits.ToDecimal(f.Personal, 2), FenUnits.ToDecimal(f.FundYearToDate, figures), f.ExcludedBy);
    }

    public ReadOnlySpan<AppliedCap> Caps(int index) => _caps.AsSpan(index == 0 ? 0 : _capEnds[index - 1], _capEnds[index] - (index == 0 ? 0 : _capEnds[index - 1]));
}
