using System.Collections.Concurrent;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// The citations and assumptions cells of a settlement's grounds, formatted once per record: claims with the
/// same grounds share one record (<see cref="Recording.Grounds"/>), so most rows find theirs made. Used from
/// every worker at once. A traced run makes a record per claim, so what is kept is bounded: a streamed run
/// must not hold every claim's grounds until it ends.
/// </summary>
internal sealed class GroundsCells
{
    private const int Most = 4096;

    private readonly ConcurrentDictionary<SettlementGrounds, (string Citations, string Assumptions)> _texts = new(ReferenceEqualityComparer.Instance);

    private int _count;

    public (string Citations, string Assumptions) Of(SettlementGrounds? grounds)
    {
        if (grounds is null) return ("", "");
        if (_texts.TryGetValue(grounds, out var text)) return text;
        text = (Formatting.Citations(grounds.Citations), Formatting.Assumptions(grounds.Assumptions));
        if (Interlocked.Increment(ref _count) > Most)
        {
            _texts.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        _texts.TryAdd(grounds, text);
        return text;
    }
}
