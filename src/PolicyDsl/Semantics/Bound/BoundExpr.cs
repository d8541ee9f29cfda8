using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Bound;

/// <summary>
/// A checked expression: every node knows its type and where it came from. Back ends walk it with an
/// <see cref="IBoundVisitor{T}"/>, so a node added here is a compile error in every back end that does not handle it.
/// </summary>
internal abstract record BoundExpr(PolicyType Type, TextSpan Span)
{
    public abstract T Accept<T>(IBoundVisitor<T> visitor);
}

/// <summary>A constant: decimal for Money/Ratio/Points, int, bool, DateOnly, string, or a domain enum.</summary>
internal sealed record BoundLiteral(object Value, PolicyType Type, TextSpan Span) : BoundExpr(Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A fact about the claim, the person, the year so far, the month being credited, or the settled result.</summary>
internal sealed record BoundInput(InputSymbol Input, TextSpan Span) : BoundExpr(Input.Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A reference to a <c>param</c>.</summary>
internal sealed record BoundParameter(ParameterSymbol Parameter, TextSpan Span) : BoundExpr(Parameter.Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A reference to a <c>let</c> value.</summary>
internal sealed record BoundValue(ValueSymbol Value, TextSpan Span) : BoundExpr(Value.Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A reference to a function's parameter, inside its body.</summary>
internal sealed record BoundLocal(LocalSymbol Local, TextSpan Span) : BoundExpr(Local.Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A user function applied to all its arguments.</summary>
internal sealed record BoundCall(FunctionSymbol Function, EquatableArray<BoundExpr> Arguments, TextSpan Span) : BoundExpr(Function.ReturnType, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary><c>min a b</c> or <c>max a b</c>.</summary>
internal sealed record BoundMinMax(bool IsMax, BoundExpr Left, BoundExpr Right, TextSpan Span) : BoundExpr(Left.Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A unary operation; unary plus is dropped while binding.</summary>
internal sealed record BoundUnary(UnaryOperator Operator, BoundExpr Operand, TextSpan Span) : BoundExpr(Operand.Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// A binary operation whose operands already have the same CLR type (an Int multiplying Money is
/// converted first), so back ends map the operator directly.
/// </summary>
internal sealed record BoundBinary(BinaryOperator Operator, BoundExpr Left, BoundExpr Right, PolicyType Type, TextSpan Span) : BoundExpr(Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>An Int used as a decimal (in <c>base * 2</c> and the like).</summary>
internal sealed record BoundIntToDecimal(BoundExpr Operand, PolicyType Type) : BoundExpr(Type, Operand.Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary><c>date.year</c>, <c>date.month</c>, <c>date.day</c>.</summary>
internal sealed record BoundDatePart(BoundExpr Date, DatePart Part, TextSpan Span) : BoundExpr(PolicyTypes.Int, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A part of a date.</summary>
internal enum DatePart
{
    Year,
    Month,
    Day,
}

/// <summary><c>if c then a else b</c>.</summary>
internal sealed record BoundIf(BoundExpr Condition, BoundExpr Then, BoundExpr Else, PolicyType Type, TextSpan Span) : BoundExpr(Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A match on an enumeration, Bool or Int; arms are tried in order.</summary>
internal sealed record BoundMatch(BoundExpr Scrutinee, EquatableArray<BoundMatchArm> Arms, PolicyType Type, TextSpan Span) : BoundExpr(Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// An arm: the constants it matches, or <see cref="IsWildcard"/> for '_'. Arms that can never match
/// (after a wildcard, or repeating earlier patterns) are dropped while checking, with a warning.
/// </summary>
internal sealed record BoundMatchArm(EquatableArray<object> Values, bool IsWildcard, BoundExpr Body);

/// <summary>A value chosen by the date being settled; <see cref="BoundDatedBranch.From"/> is null for an opening 'until' branch.</summary>
internal sealed record BoundDated(EquatableArray<BoundDatedBranch> Branches, PolicyType Type, TextSpan Span) : BoundExpr(Type, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>One dated branch: applies from <see cref="From"/> (or from any date) up to <see cref="Until"/> (or the next branch).</summary>
internal sealed record BoundDatedBranch(DateOnly? From, DateOnly? Until, BoundExpr Value);

/// <summary>An expression with the citation that justifies it.</summary>
internal sealed record BoundCited(BoundExpr Inner, CitationRef Citation) : BoundExpr(Inner.Type, Inner.Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary><c>unstated "reason"</c>.</summary>
internal sealed record BoundUnstated(string Reason, TextSpan Span) : BoundExpr(PolicyTypes.Unstated, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A record literal; only ever used through a field, so back ends never see one.</summary>
internal sealed record BoundRecord(EquatableArray<(string Name, BoundExpr Value)> Fields, RecordType RecordType, TextSpan Span) : BoundExpr(RecordType, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// <c>bands BASE after TOTAL | up to X -&gt; r | above -&gt; r</c>: BASE laid on top of TOTAL, split at each
/// band's upper edge, each part at its band's ratio. Money.
/// </summary>
internal sealed record BoundBands(BoundExpr Base, BoundExpr After, EquatableArray<BoundBand> Bands, TextSpan Span) : BoundExpr(PolicyTypes.Money, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>One band: up to <see cref="UpTo"/> (null: everything above the last edge) at <see cref="Ratio"/>.</summary>
internal sealed record BoundBand(BoundExpr? UpTo, BoundExpr Ratio);

/// <summary>
/// <c>VALUE capped by LIMIT against TOTAL when CONDITION</c>: min(VALUE, max(0, LIMIT − TOTAL)) where CONDITION
/// holds (LIMIT alone without a TOTAL). <see cref="Id"/> numbers the policy's caps for traces.
/// </summary>
internal sealed record BoundCapped(BoundExpr Value, BoundExpr Limit, BoundExpr? Against, BoundExpr? When, int Id, IReadOnlyList<CitationRef> Citations,
    TextSpan CapSpan, TextSpan Span) : BoundExpr(PolicyTypes.Money, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Stands in for an expression whose error was already reported.</summary>
internal sealed record BoundError(TextSpan Span) : BoundExpr(PolicyTypes.Error, Span)
{
    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.Visit(this);

    public static readonly BoundError Instance = new(default(TextSpan));
}

/// <summary>One method per kind of checked expression; each back end implements all of them.</summary>
internal interface IBoundVisitor<out T>
{
    T Visit(BoundLiteral node);
    T Visit(BoundInput node);
    T Visit(BoundParameter node);
    T Visit(BoundValue node);
    T Visit(BoundLocal node);
    T Visit(BoundCall node);
    T Visit(BoundMinMax node);
    T Visit(BoundUnary node);
    T Visit(BoundBinary node);
    T Visit(BoundIntToDecimal node);
    T Visit(BoundDatePart node);
    T Visit(BoundIf node);
    T Visit(BoundMatch node);
    T Visit(BoundDated node);
    T Visit(BoundCited node);
    T Visit(BoundUnstated node);
    T Visit(BoundRecord node);
    T Visit(BoundBands node);
    T Visit(BoundCapped node);
    T Visit(BoundError node);
}
