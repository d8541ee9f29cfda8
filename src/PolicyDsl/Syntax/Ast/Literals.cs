using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary>A literal value written in a rule file.</summary>
internal abstract record LiteralExpr(TextSpan Span) : Expr(Span);

/// <summary><c>300元</c>: an amount of money in yuan.</summary>
internal sealed record MoneyLiteral(decimal Yuan, TextSpan Span) : LiteralExpr(Span);

/// <summary><c>60%</c>: a ratio, stored as a fraction (0.60).</summary>
internal sealed record RatioLiteral(decimal Fraction, TextSpan Span) : LiteralExpr(Span);

/// <summary><c>10pp</c> or <c>10个百分点</c>: percentage points, stored as a fraction (0.10).</summary>
internal sealed record PointsLiteral(decimal Fraction, TextSpan Span) : LiteralExpr(Span);

/// <summary>A whole number: <c>70</c>.</summary>
internal sealed record IntLiteral(int Value, TextSpan Span) : LiteralExpr(Span);

/// <summary><c>2023-01-01</c> or <c>2023年1月1日</c>.</summary>
internal sealed record DateLiteral(DateOnly Value, TextSpan Span) : LiteralExpr(Span);

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed record BoolLiteral(bool Value, TextSpan Span) : LiteralExpr(Span);

/// <summary>A quoted string.</summary>
internal sealed record TextLiteral(string Value, TextSpan Span) : LiteralExpr(Span);

/// <summary>A literal that could not be read (1.5 without a unit, 2023-02-30); its error is already reported.</summary>
internal sealed record InvalidLiteral(TextSpan Span) : LiteralExpr(Span);
