using PolicyDsl.Diagnostics;
using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Grammar;

/// <summary>
/// The state of parsing one declaration: the (normalised) text, where the declaration ends, and the
/// furthest point any terminal failed with what was expected there. Sprache backtracks freely, so
/// its own failure often points at the start of an alternative; the furthest failure is where the
/// analyst's mistake actually is.
/// </summary>
internal sealed class ParseSession
{
    private readonly SortedSet<string> _expected = new(StringComparer.Ordinal);

    public ParseSession(string text, int end)
    {
        Text = text;
        End = end;
    }

    public string Text { get; }
    public int End { get; }
    public int FurthestFailure { get; private set; } = -1;
    public IReadOnlyCollection<string> Expected => _expected;

    /// <summary>What each remembered parser made of each position (see ExpressionGrammar.Memoized).</summary>
    public Dictionary<(object Parser, int Position), object> Memo { get; } = [];

    /// <summary>Set when the input is nested too deeply to parse safely.</summary>
    public int? TooDeepAt { get; set; }

    /// <summary>
    /// Errors found inside a literal that otherwise reads fine (2023-02-30, 1.5 with no unit).
    /// Backtracking may read a literal more than once, so they are kept once per place.
    /// </summary>
    public Dictionary<(string Id, int Start), (DiagnosticDescriptor Descriptor, TextSpan Span, object[] Args)> LiteralErrors { get; } = [];

    public void ReportLiteral(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) =>
        LiteralErrors.TryAdd((descriptor.Id, span.Start), (descriptor, span, args));

    public void Fail(int position, string expectation)
    {
        if (position > FurthestFailure)
        {
            FurthestFailure = position;
            _expected.Clear();
        }
        if (position == FurthestFailure) _expected.Add(expectation);
    }
}
