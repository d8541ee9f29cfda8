using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;
using PolicyDsl.Compilation;
using PolicyDsl.Semantics;

namespace PolicyDsl.Runtime;

/// <summary>
/// Records only which citations and which parameters shaped a settlement: two bit sets, folded from each
/// step's list as the compiled rules leave it, then looked up in the engine's table of grounds already seen.
/// A population has few distinct sets (a policy cites a few dozen articles), so after the first claims a
/// settlement's grounds cost a few word operations and a hash look-up, and allocate nothing.
/// </summary>
internal sealed class GroundsRecorder : SettlementRecorder
{
    private readonly GroundsTable _table;
    private readonly int _citationWords;
    private readonly ulong[] _bits;

    public GroundsRecorder(CheckedPolicy policy, EvaluationContext context, GroundsTable table) : base(policy, context)
    {
        _table = table;
        _citationWords = Words(policy.Citations.Count);
        _bits = new ulong[_citationWords + Words(policy.Parameters.Count)];
    }

    public override bool Explains => false;

    public override void Start() => Array.Clear(_bits);

    protected override void Step(string name, decimal value, string explanation)
    {
        foreach (var citation in Context.Trace!.Citations) Set(citation);
        KeepAssumptions();
    }

    public override void KeepAssumptions()
    {
        foreach (var parameter in Context.Trace!.Parameters) Set(_citationWords * 64 + parameter);
    }

    public override void Add(string name, decimal value, string explanation)
    {
        // A step of the engine's own that cites nothing adds nothing to the grounds.
    }

    protected override void Cited(string name, decimal value, string explanation, IReadOnlyList<Semantics.Symbols.CitationRef> citations)
    {
        foreach (var citation in citations) Set(citation.Id);
    }

    public override (SettlementTrace? Trace, SettlementGrounds Grounds) Finish()
    {
        if (_table.TryGet(_bits, out var grounds)) return (null, grounds);
        var all = Members(_bits).ToList();
        grounds = new SettlementGrounds(
            CitationTexts(all.Where(b => b < _citationWords * 64)),
            AssumptionsOf(all.Where(b => b >= _citationWords * 64).Select(b => b - _citationWords * 64)));
        return (null, _table.Add([.. _bits], grounds));
    }

    private void Set(int bit) => _bits[bit >> 6] |= 1UL << (bit & 63);

    private static int Words(int count) => (count + 63) / 64;

    private static IEnumerable<int> Members(ulong[] bits)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1) yield return w * 64 + BitOperations.TrailingZeroCount(word);
        }
    }
}

/// <summary>The grounds seen so far under one engine, by their bit sets; shared by the threads settling with it.</summary>
internal sealed class GroundsTable
{
    private readonly ConcurrentDictionary<ulong[], SettlementGrounds> _seen = new(new BitsComparer());

    public bool TryGet(ulong[] bits, out SettlementGrounds grounds) => _seen.TryGetValue(bits, out grounds!);

    /// <summary>Adds <paramref name="grounds"/> under a copy of the bits, or gives the one another thread added first.</summary>
    public SettlementGrounds Add(ulong[] bits, SettlementGrounds grounds) => _seen.GetOrAdd(bits, grounds);

    private sealed class BitsComparer : IEqualityComparer<ulong[]>
    {
        public bool Equals(ulong[]? x, ulong[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(ulong[] bits)
        {
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(bits.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
