using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary>
/// A value that changes with time, chosen by the date being settled:
/// <c>dated | until 2022-12-31 -&gt; 3000元 | from 2023-01-01 -&gt; 4500元</c>.
/// </summary>
internal sealed record DatedExpr(EquatableArray<DatedBranch> Branches, TextSpan Span) : Expr(Span);

/// <summary>
/// One branch: <c>from D</c> applies from D on (until the next branch); <c>until D</c>, only as the
/// first branch, applies up to and including D.
/// </summary>
internal sealed record DatedBranch(DatedBound Bound, DateOnly Date, TextSpan DateSpan, Expr Value, TextSpan Span) : SyntaxNode(Span);

/// <summary>Whether a dated branch starts at, or ends at, its date.</summary>
internal enum DatedBound
{
    From,
    Until,
}
