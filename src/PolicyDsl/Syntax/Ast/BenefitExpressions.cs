using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary>
/// <c>bands BASE after TOTAL | up to 5000元 -&gt; 60% | above -&gt; 70%</c>: this claim's base is laid
/// on top of what <c>TOTAL</c> has counted so far and split at each band's upper edge; each part is
/// paid at its band's ratio (起付标准以上至5000元部分60%，5000元以上部分70%).
/// </summary>
internal sealed record BandsExpr(Expr Base, Expr After, EquatableArray<BandArm> Arms, TextSpan Span) : Expr(Span);

/// <summary>One band: <c>| up to EDGE -&gt; RATIO</c>, or the last, <c>| above -&gt; RATIO</c> (<see cref="UpTo"/> null).</summary>
internal sealed record BandArm(Expr? UpTo, Expr Ratio, TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>VALUE capped by LIMIT against TOTAL when CONDITION @ 第五条</c>: at most the room the cap leaves
/// (LIMIT − TOTAL, never below 0; LIMIT alone for a cap per claim), where CONDITION holds.
/// </summary>
internal sealed record CappedExpr(Expr Value, Expr Limit, Expr? Against, Expr? When, EquatableArray<Citation> Citations, TextSpan CapSpan, TextSpan Span)
    : Expr(Span);
