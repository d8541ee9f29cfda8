using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary>
/// <c>unstated "reason"</c>: the notice gives no value here. It fits any type; evaluating it is an
/// error that quotes the reason, so a gap in a notice is never filled by a silent default.
/// </summary>
internal sealed record UnstatedExpr(string Reason, TextSpan Span) : Expr(Span);
