using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary>A top-level declaration; <see cref="Doc"/> holds its <c>///</c> comment, if any.</summary>
internal abstract record Declaration(string? Doc, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>let name = body</c> or <c>let f (x: Level) (y: Status) = body</c>.</summary>
internal sealed record LetDeclaration(string Name, TextSpan NameSpan, EquatableArray<ParameterSyntax> Parameters, Expr Body, string? Doc, TextSpan Span)
    : Declaration(Doc, Span);

/// <summary>A function parameter with its required type annotation: <c>(level: Level)</c>.</summary>
internal sealed record ParameterSyntax(string Name, TextSpan NameSpan, TypeSyntax Type, TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>param name : Money @ 第十四条 "what it is"</c>: a figure the notice does not state, supplied at
/// evaluation time or taken as a flagged assumption. <c>param covered : Bool = false @ ...</c> gives
/// the file's own reading as <see cref="Default"/>, used when the run supplies no value.
/// </summary>
internal sealed record ParamDeclaration(string Name, TextSpan NameSpan, TypeSyntax Type, LiteralExpr? Default, EquatableArray<Citation> Citations, string? Description, string? Doc, TextSpan Span)
    : Declaration(Doc, Span);

/// <summary><c>rule ratio = ...</c>: one of the quantities the settlement engine asks the policy for.</summary>
internal sealed record RuleDeclaration(string Name, TextSpan NameSpan, Expr Body, string? Doc, TextSpan Span) : Declaration(Doc, Span);

/// <summary><c>exclude "reason" when condition</c>: a claim for which the fund pays nothing.</summary>
internal sealed record ExcludeDeclaration(string Reason, TextSpan ReasonSpan, Expr Condition, string? Doc, TextSpan Span) : Declaration(Doc, Span);

/// <summary>
/// <c>invariant "name" = condition</c>: a property every settled claim must have, over the claim, the
/// person and its <c>result</c>. Checked by <c>policy verify</c> on generated claim histories.
/// </summary>
internal sealed record InvariantDeclaration(string Name, TextSpan NameSpan, Expr Condition, string? Doc, TextSpan Span) : Declaration(Doc, Span);

/// <summary>
/// <c>invariant "name" ordered person.status: Employed &lt;= Retired @ 第五条</c>: with the same claims,
/// changing the field from the lower value to the higher never lowers the year's fund total.
/// </summary>
internal sealed record OrderedInvariantDeclaration(string Name, TextSpan NameSpan, MemberExpr Field, Pattern Lower, Pattern Higher,
    EquatableArray<Citation> Citations, string? Doc, TextSpan Span) : Declaration(Doc, Span);

/// <summary>
/// <c>input person.contract : Bool = false column "contract" "签约家庭医生" @ 第三条 "签约家庭医生"</c>: a fact
/// the notice uses that the prelude lacks. <see cref="Default"/> is null when <see cref="Required"/>;
/// <see cref="Column"/> is null when the file leaves it to be derived from the name.
/// </summary>
internal sealed record InputDeclaration(string Group, TextSpan GroupSpan, string Name, TextSpan NameSpan, TypeSyntax Type, Expr? Default, bool Required,
    string? Column, string? ChineseColumn, EquatableArray<Citation> Citations, string? Description, string? Doc, TextSpan Span) : Declaration(Doc, Span)
{
    /// <summary>Where the <c>column "…" "…"</c> clause is, for errors about it; empty when there is none.</summary>
    public TextSpan ColumnSpan { get; init; }
}

/// <summary>
/// <c>total pharmacyFund = sum fund where claim.channel = Pharmacy per year @ 第六条</c>: a running total
/// the policy defines, read in rules as <c>total.pharmacyFund</c> (its value before the claim being
/// settled). <see cref="Quantity"/> is what each settled claim adds (amount, eligible, deductible,
/// aboveDeductible, fund) or <c>count</c>; <see cref="Period"/> is when it starts again (year, month, day).
/// </summary>
internal sealed record TotalDeclaration(string Name, TextSpan NameSpan, string Quantity, TextSpan QuantitySpan, Expr? Where, string Period, TextSpan PeriodSpan,
    Expr? Key, EquatableArray<Citation> Citations, string? Description, string? Doc, TextSpan Span) : Declaration(Doc, Span);

/// <summary>
/// <c>round fund to 0.1元 down @ 第七条</c>: how a figure the engine settles (the fund, or the account credit)
/// is rounded, once per claim; without one, half away from zero to the fen (四舍五入到分).
/// </summary>
internal sealed record RoundDeclaration(string Target, TextSpan TargetSpan, LiteralExpr Step, string Mode, TextSpan ModeSpan,
    EquatableArray<Citation> Citations, string? Doc, TextSpan Span) : Declaration(Doc, Span);

/// <summary>
/// <c>enum Tier = Basic "基本档" | Plus "加强档" @ 第二条</c>: an enumeration of the policy's own, for the
/// inputs and params it declares; each member may carry the Chinese label files and output use.
/// </summary>
internal sealed record EnumDeclaration(string Name, TextSpan NameSpan, EquatableArray<EnumMemberSyntax> Members, EquatableArray<Citation> Citations, string? Doc, TextSpan Span)
    : Declaration(Doc, Span);

/// <summary>One member: its name, and its Chinese label when given.</summary>
internal sealed record EnumMemberSyntax(string Name, string? Label, TextSpan Span) : SyntaxNode(Span);
