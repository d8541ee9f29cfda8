using PolicyDsl.Syntax.Ast;
using Sprache;
using static PolicyDsl.Syntax.Grammar.Lexicon;
using static PolicyDsl.Syntax.Grammar.ExpressionGrammar;

namespace PolicyDsl.Syntax.Grammar;

internal static partial class DeclarationGrammar
{
    private static readonly Parser<TypeSyntax> TypeName =
        Identifier.Select(i => new TypeSyntax(i.Value, i.Span));

    private static readonly Parser<ParameterSyntax> FunctionParameter =
        from open in Symbol("(")
        from name in Identifier
        from colon in Symbol(":")
        from type in TypeName
        from close in Symbol(")")
        select new ParameterSyntax(name.Value, name.Span, type, open.Span.Cover(close.Span));

    private static Parser<Declaration> LetDeclaration(string? doc) =>
        from kw in Keyword("let")
        from name in Identifier
        from parameters in FunctionParameter.Many()
        from eq in Symbol("=")
        from body in Expression
        select (Declaration)new LetDeclaration(name.Value, name.Span, EquatableArray.From(parameters), body, doc, kw.Span.Cover(body.Span));

    private static Parser<Declaration> ParamDeclaration(string? doc) =>
        from kw in Keyword("param")
        from name in Identifier
        from colon in Symbol(":")
        from type in TypeName
        from @default in (from eq in Symbol("=") from value in Literal select value).Optional()
        from citations in CitationValue.Many()
        from description in StringValue.Optional()
        let end = description.IsDefined ? description.Get().Span : citations.Any() ? citations.Last().Span : @default.IsDefined ? @default.Get().Span : type.Span
        select (Declaration)new ParamDeclaration(name.Value, name.Span, type, @default.GetOrDefault(), EquatableArray.From(citations),
            description.IsDefined ? description.Get().Value : null, doc, kw.Span.Cover(end));

    /// <summary>A default: a literal, or the name of an enumeration member (<c>= OnSite</c>).</summary>
    private static readonly Parser<Expr> InputDefault =
        Literal.Select(l => (Expr)l).Or(Identifier.Select(i => (Expr)new NameExpr(i.Value, i.Span)));

    /// <summary><c>column "contract" "签约家庭医生"</c>: the CSV header, and the Chinese header accepted for it.</summary>
    private static readonly Parser<(Lexeme<string> English, Lexeme<string>? Chinese)> InputColumn =
        from c in Word("column")
        from english in StringValue
        from chinese in StringValue.Optional()
        select (english, chinese.IsDefined ? chinese.Get() : (Lexeme<string>?)null);

    private static Parser<Declaration> InputDeclaration(string? doc) =>
        from kw in Keyword("input")
        from owner in Identifier
        from dot in Symbol(".")
        from name in FieldName
        from colon in Symbol(":")
        from type in TypeName
        from value in (from eq in Symbol("=") from v in InputDefault select (Expr?)v)
            .Or(Word("required").Return((Expr?)null))
        let required = value is null
        from column in InputColumn.Optional()
        from citations in CitationValue.Many()
        from description in StringValue.Optional()
        let end = description.IsDefined ? description.Get().Span
            : citations.Any() ? citations.Last().Span
            : column.IsDefined ? (column.Get().Chinese ?? column.Get().English).Span
            : value?.Span ?? type.Span
        select (Declaration)new InputDeclaration(owner.Value, owner.Span, name.Value, name.Span, type, value, required,
            column.IsDefined ? column.Get().English.Value : null, column.IsDefined ? column.Get().Chinese?.Value : null,
            EquatableArray.From(citations), description.IsDefined ? description.Get().Value : null, doc, kw.Span.Cover(end))
        {
            ColumnSpan = column.IsDefined ? column.Get().English.Span.Cover((column.Get().Chinese ?? column.Get().English).Span) : default,
        };

    private static Parser<Declaration> TotalDeclaration(string? doc) =>
        from kw in Keyword("total")
        from name in Identifier
        from eq in Symbol("=")
        from quantity in (from s in Word("sum") from q in Identifier select q).Or(Word("count"))
        from filter in (from w in Word("where") from c in Expression select c).Optional()
        from per in Keyword("per")
        from period in Identifier
        from key in (from b in Word("by") from k in ExpressionGrammar.Operand select k).Optional()
        from citations in CitationValue.Many()
        from description in StringValue.Optional()
        let end = description.IsDefined ? description.Get().Span : citations.Any() ? citations.Last().Span : key.IsDefined ? key.Get().Span : period.Span
        select (Declaration)new TotalDeclaration(name.Value, name.Span, quantity.Value, quantity.Span, filter.GetOrDefault(), period.Value, period.Span,
            key.GetOrDefault(), EquatableArray.From(citations), description.IsDefined ? description.Get().Value : null, doc, kw.Span.Cover(end));

    private static Parser<Declaration> RoundDeclaration(string? doc) =>
        from kw in Keyword("round")
        from target in Identifier
        from to in Word("to")
        from step in Literal
        from mode in Identifier
        from citations in CitationValue.Many()
        let end = citations.Any() ? citations.Last().Span : mode.Span
        select (Declaration)new RoundDeclaration(target.Value, target.Span, step, mode.Value, mode.Span, EquatableArray.From(citations), doc, kw.Span.Cover(end));

    private static readonly Parser<EnumMemberSyntax> EnumMember =
        from name in Identifier
        from label in StringValue.Optional()
        select new EnumMemberSyntax(name.Value, label.IsDefined ? label.Get().Value : null, label.IsDefined ? name.Span.Cover(label.Get().Span) : name.Span);

    private static Parser<Declaration> EnumDeclaration(string? doc) =>
        from kw in Keyword("enum")
        from name in Identifier
        from eq in Symbol("=")
        from bar in Symbol("|").Optional()
        from first in EnumMember
        from rest in (from b in Symbol("|") from m in EnumMember select m).Many()
        from citations in CitationValue.Many()
        let members = rest.Prepend(first).ToList()
        let end = citations.Any() ? citations.Last().Span : members[^1].Span
        select (Declaration)new EnumDeclaration(name.Value, name.Span, EquatableArray.From(members), EquatableArray.From(citations), doc, kw.Span.Cover(end));

    private static Parser<Declaration> RuleDeclaration(string? doc) =>
        from kw in Keyword("rule")
        from name in Identifier
        from eq in Symbol("=")
        from body in Expression
        select (Declaration)new RuleDeclaration(name.Value, name.Span, body, doc, kw.Span.Cover(body.Span));

    private static Parser<Declaration> ExcludeDeclaration(string? doc) =>
        from kw in Keyword("exclude")
        from reason in StringValue
        from when in Keyword("when")
        from condition in Expression
        select (Declaration)new ExcludeDeclaration(reason.Value, reason.Span, condition, doc, kw.Span.Cover(condition.Span));

    private static Parser<Declaration> InvariantDeclaration(string? doc) =>
        from kw in Keyword("invariant")
        from name in StringValue
        from declaration in
            (from eq in Symbol("=")
             from condition in Expression
             select (Declaration)new InvariantDeclaration(name.Value, name.Span, condition, doc, kw.Span.Cover(condition.Span)))
            .Or(from ordered in Word("ordered")
                from field in Parse.Ref(() => OrderedField)
                from colon in Symbol(":")
                from lower in Parse.Ref(() => OrderedValue)
                from le in Symbol("<=")
                from higher in Parse.Ref(() => OrderedValue)
                from citations in CitationValue.Many()
                let end = citations.Any() ? citations.Last().Span : higher.Span
                select (Declaration)new OrderedInvariantDeclaration(name.Value, name.Span, field, lower, higher, EquatableArray.From(citations), doc, kw.Span.Cover(end)))
        select declaration;

    private static readonly Parser<MemberExpr> OrderedField =
        from owner in Identifier
        from dot in Symbol(".")
        from member in FieldName
        select new MemberExpr(new NameExpr(owner.Value, owner.Span), member.Value, member.Span, owner.Span.Cover(member.Span));

    private static readonly Parser<Pattern> OrderedValue =
        BoolValue.Select(b => (Pattern)new LiteralPattern(new BoolLiteral(b.Value, b.Span), b.Span))
            .Or(Identifier.Select(i => (Pattern)new NamePattern(i.Value, i.Span)));

    /// <summary>One whole declaration, which must run to the end of its chunk.</summary>
    public static Parser<Declaration> Declaration(string? doc) =>
        from declaration in Header(doc)
            .Or(LetDeclaration(doc))
            .Or(ParamDeclaration(doc))
            .Or(InputDeclaration(doc))
            .Or(TotalDeclaration(doc))
            .Or(EnumDeclaration(doc))
            .Or(RoundDeclaration(doc))
            .Or(RuleDeclaration(doc))
            .Or(ExcludeDeclaration(doc))
            .Or(InvariantDeclaration(doc))
        from end in EndOfDeclaration
        select declaration;
}
