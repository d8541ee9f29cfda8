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
    private ClaimFigures[] _figures = new ClaimFigures[64];
    private int[] _capEnds = new int[64];
    private readonly List<AppliedCap> _caps = [];

    public FenSession(FenRules rules, IReadOnlyList<Semantics.TotalDefinition> totals, EvaluationContext context)
    {
        Rules = rules;
        Totals = new RunningTotals<long>(totals);
        context.FenTotals = Totals.Totals;
        context.FenResult = new FenFigures();
    }

    public FenRules Rules { get; }
    public RunningTotals<long> Totals { get; }

    /// <summary>Persons the integer path gave up on, settled in decimal instead.</summary>
    public long Fallbacks { get; set; }

    /// <summary>Persons it settled.</summary>
    public long Settled { get; set; }

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        _caps.Clear();
    }

    /// <summary>Holds one more claim's figures and the caps that applied to it.</summary>
    public void Add(in ClaimFigures figures, List<AppliedCap> caps)
    {
        if (Count == _figures.Length)
        {
            Array.Resize(ref _figures, Count * 2);
            Array.Resize(ref _capEnds, Count * 2);
        }
        _figures[Count] = figures;
        _caps.AddRange(caps);
        _capEnds[Count++] = _caps.Count;
    }

    public ref readonly ClaimFigures Figures(int index) => ref _figures[index];

    public ReadOnlySpan<AppliedCap> Caps(int index)
    {
        var start = index == 0 ? 0 : _capEnds[index - 1];
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_caps)[start.._capEnds[index]];
    }
}
