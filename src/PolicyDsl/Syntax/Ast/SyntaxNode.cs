using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary>The root of every syntax node: each carries the span of source it was read from.</summary>
internal abstract record SyntaxNode(TextSpan Span);

/// <summary>An article reference such as <c>第四条（二）</c>, written after <c>@</c>.</summary>
internal sealed record Citation(string Text, TextSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Text;
}

/// <summary>A type written in an annotation: <c>Money</c>, <c>Level</c>, ...</summary>
internal sealed record TypeSyntax(string Name, TextSpan Span) : SyntaxNode(Span);
