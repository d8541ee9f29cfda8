using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Ast;

/// <summary>
/// The header that opens a policy file: its title, city, notice numbers, issue date and the
/// period in force.
/// </summary>
internal sealed record PolicyHeader(
    string Title,
    EquatableArray<HeaderField> Fields,
    string? Doc,
    TextSpan Span) : Declaration(Doc, Span);

/// <summary>One line of the header.</summary>
internal abstract record HeaderField(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>city "湘潭市"</c>.</summary>
internal sealed record CityField(string City, TextSpan Span) : HeaderField(Span);

/// <summary><c>notice "潭政办发〔2022〕36号"</c>; may be repeated.</summary>
internal sealed record NoticeField(string Notice, TextSpan Span) : HeaderField(Span);

/// <summary><c>issued 2022-08-31</c>, or <c>issued unstated "征求意见稿未注明日期"</c>.</summary>
internal sealed record IssuedField(DateOnly? Date, string? UnstatedReason, TextSpan Span) : HeaderField(Span);

/// <summary>
/// <c>in force from 2022-10-01 [until 2027-12-31]</c>. Either end may name a <c>param</c> of type
/// Date when the notice does not state it.
/// </summary>
internal sealed record InForceField(DateOrName From, DateOrName? Until, TextSpan Span) : HeaderField(Span);

/// <summary>A date written out, or the name of a Date parameter.</summary>
internal sealed record DateOrName(DateOnly? Date, string? Name, TextSpan Span) : SyntaxNode(Span);

/// <summary>A parsed file: the header (if it parsed) and the declarations that parsed.</summary>
internal sealed record PolicyFile(PolicyHeader? Header, EquatableArray<Declaration> Declarations);
