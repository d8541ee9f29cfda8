using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary>An expression.</summary>
internal abstract record Expr(TextSpan Span) : SyntaxNode(Span);

/// <summary>A name: a let binding, a parameter, an enumeration member or a built-in (<c>claim</c>, <c>min</c>).</summary>
internal sealed record NameExpr(string Name, TextSpan Span) : Expr(Span);

/// <summary><c>target.member</c>: a field of a record or of <c>claim</c>, <c>person</c>, <c>year</c>.</summary>
internal sealed record MemberExpr(Expr Target, string Member, TextSpan MemberSpan, TextSpan Span) : Expr(Span);

/// <summary><c>f a b</c>, and <c>b |&gt; f a</c> after desugaring.</summary>
internal sealed record ApplyExpr(Expr Function, EquatableArray<Expr> Arguments, TextSpan Span) : Expr(Span);

/// <summary><c>-x</c>, <c>+x</c>, <c>not x</c>.</summary>
internal sealed record UnaryExpr(UnaryOperator Operator, Expr Operand, TextSpan OperatorSpan, TextSpan Span) : Expr(Span);

/// <summary><c>left op right</c>; the operator's own span is where type errors point.</summary>
internal sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, TextSpan OperatorSpan, TextSpan Span) : Expr(Span);

/// <summary><c>if c then a else b</c>.</summary>
internal sealed record IfExpr(Expr Condition, Expr Then, Expr Else, TextSpan Span) : Expr(Span);

/// <summary><c>{ employed = 1500元; retired = 2000元 }</c>.</summary>
internal sealed record RecordExpr(EquatableArray<RecordFieldSyntax> Fields, TextSpan Span) : Expr(Span);

/// <summary>One <c>name = value</c> of a record.</summary>
internal sealed record RecordFieldSyntax(string Name, TextSpan NameSpan, Expr Value, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>expr @ 第四条（二）</c>: the citation travels into the trace of every result the expression shapes.</summary>
internal sealed record CitedExpr(Expr Inner, Citation Citation, TextSpan Span) : Expr(Span);

/// <summary>Operators with one operand.</summary>
internal enum UnaryOperator
{
    Negate,
    Plus,
    Not,
}

/// <summary>Operators with two operands.</summary>
internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}
