using PolicyDsl.Syntax.Ast;
using Sprache;
using static PolicyDsl.Syntax.Grammar.Lexicon;
using static PolicyDsl.Syntax.Grammar.ExpressionGrammar;

namespace PolicyDsl.Syntax.Grammar;

internal static partial class DeclarationGrammar
{
    /// <summary>Stands in for a date already reported as invalid, so parsing goes on without a second error.</summary>
    private static readonly DateOnly Placeholder = new(2000, 1, 1);

    private static readonly Parser<DateOrName> DateOrName =
        DateValue.Select(d => new DateOrName(d.Value ?? Placeholder, null, d.Span))
            .Or(Identifier.Select(i => new DateOrName(null, i.Value, i.Span)));

    private static readonly Parser<HeaderField> HeaderFieldSyntax =
        (from kw in Word("city") from city in StringValue select (HeaderField)new CityField(city.Value, kw.Span.Cover(city.Span)))
        .Or(from kw in Word("notice") from notice in StringValue select (HeaderField)new NoticeField(notice.Value, kw.Span.Cover(notice.Span)))
        .Or(from kw in Word("issued") from date in DateValue select (HeaderField)new IssuedField(date.Value ?? Placeholder, null, kw.Span.Cover(date.Span)))
        .Or(from kw in Word("issued") from unstated in Keyword("unstated") from reason in StringValue
            select (HeaderField)new IssuedField(null, reason.Value, kw.Span.Cover(reason.Span)))
        .Or(from kw in Word("in")
            from force in Word("force")
            from fromKw in Keyword("from")
            from start in DateOrName
            from until in (from u in Keyword("until") from d in DateOrName select d).Optional()
            let end = until.IsDefined ? until.Get().Span : start.Span
            select (HeaderField)new InForceField(start, until.GetOrDefault(), kw.Span.Cover(end)));

    private static Parser<Declaration> Header(string? doc) =>
        from kw in Keyword("policy")
        from title in StringValue
        from fields in HeaderFieldSyntax.Many()
        let list = fields.ToList()
        select (Declaration)new PolicyHeader(title.Value, EquatableArray.From(list), doc, kw.Span.Cover(list.Count > 0 ? list[^1].Span : title.Span));
}
