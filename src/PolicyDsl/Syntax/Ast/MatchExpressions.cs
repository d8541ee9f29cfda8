using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary><c>match x with | A | B -&gt; e | _ -&gt; f</c>.</summary>
internal sealed record MatchExpr(Expr Scrutinee, EquatableArray<MatchArm> Arms, TextSpan Span) : Expr(Span);

/// <summary>One arm: one or more alternative patterns and the value when any matches.</summary>
internal sealed record MatchArm(EquatableArray<Pattern> Patterns, Expr Body, TextSpan Span) : SyntaxNode(Span);

/// <summary>A pattern in a match arm.</summary>
internal abstract record Pattern(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>_</c>: matches anything.</summary>
internal sealed record WildcardPattern(TextSpan Span) : Pattern(Span);

/// <summary>An enumeration member such as <c>Level2</c> or <c>二级</c>.</summary>
internal sealed record NamePattern(string Name, TextSpan Span) : Pattern(Span);

/// <summary>A literal such as <c>true</c> or <c>70</c>.</summary>
internal sealed record LiteralPattern(LiteralExpr Literal, TextSpan Span) : Pattern(Span);
