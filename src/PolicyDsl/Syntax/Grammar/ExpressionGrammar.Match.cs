using PolicyDsl.Syntax.Ast;
using Sprache;
using static PolicyDsl.Syntax.Grammar.Lexicon;

namespace PolicyDsl.Syntax.Grammar;

internal static partial class ExpressionGrammar
{
    private static readonly Parser<Pattern> Wildcard =
        Terminal("'_'", (ParseSession session, int i, out string value, out int next) =>
        {
            value = "_";
            next = IdentifierEnd(session.Text, i, session.End);
            return next == i + 1 && session.Text[i] == '_';
        }).Select(l => (Pattern)new WildcardPattern(l.Span));

    private static readonly Parser<Pattern> PatternSyntax =
        Wildcard
            .Or(Literal.Select(l => (Pattern)new LiteralPattern(l, l.Span)))
            .Or(Identifier.Select(i => (Pattern)new NamePattern(i.Value, i.Span)));

    /// <summary><c>| A | B -&gt; body</c>; the first bar of the first arm may be left out, as in F#.</summary>
    private static Parser<MatchArm> Arm(bool firstBarOptional) =>
        from bar in firstBarOptional ? Symbol("|").Optional().Select(_ => 0) : Symbol("|").Select(_ => 0)
        from first in PatternSyntax
        from more in (from b in Symbol("|") from p in PatternSyntax select p).Many()
        from arrow in Symbol("->")
        from body in Parse.Ref(() => Expression)
        select new MatchArm(EquatableArray.From(more.Prepend(first)), body, first.Span.Cover(body.Span));

    private static readonly Parser<Expr> MatchExpression =
        from kw in Keyword("match")
        from scrutinee in Parse.Ref(() => Expression)
        from with in Keyword("with")
        from first in Arm(firstBarOptional: true)
        from rest in Arm(firstBarOptional: false).Many()
        let arms = rest.Prepend(first).ToList()
        select (Expr)new MatchExpr(scrutinee, EquatableArray.From(arms), kw.Span.Cover(arms[^1].Span));

    private static readonly Parser<DatedBranch> DatedBranchSyntax =
        from bar in Symbol("|")
        from bound in Keyword("from").Select(l => (DatedBound.From, l.Span)).Or(Keyword("until").Select(l => (DatedBound.Until, l.Span)))
        from date in DateValue
        from arrow in Symbol("->")
        from value in Parse.Ref(() => Expression)
        // An invalid date is already reported; the branch keeps a stand-in so the rest still checks.
        select new DatedBranch(bound.Item1, date.Value ?? new DateOnly(2000, 1, 1), date.Span, value, bar.Span.Cover(value.Span));

    /// <summary><c>| up to 5000元 -&gt; 60%</c>, or the last band, <c>| above -&gt; 70%</c>.</summary>
    private static readonly Parser<BandArm> BandArmSyntax =
        from bar in Symbol("|")
        from edge in (from up in Word("up") from to in Word("to") from e in Parse.Ref(() => Additive) select (Expr?)e)
            .Or(Word("above").Return((Expr?)null))
        from arrow in Symbol("->")
        // Not a whole Expression: a 'capped by' after the last band caps the bands, not the last ratio.
        from ratio in Parse.Ref(() => PipeExpression)
        from citations in CitationValue.Many()
        let cited = citations.Aggregate(ratio, (e, c) => new CitedExpr(e, c, e.Span.Cover(c.Span)))
        select new BandArm(edge, cited, bar.Span.Cover(cited.Span));

    /// <summary>
    /// A value or a function applied to arguments (<c>share claim.level</c>), stopping at the word <c>after</c>,
    /// which is not a keyword anywhere else and so would otherwise read as one more argument.
    /// </summary>
    private static readonly Parser<Expr> BandsOperand =
        from function in Parse.Ref(() => Postfix)
        from arguments in Parse.Ref(() => Postfix).Except(Word("after")).Many()
        select arguments.Any()
            ? new ApplyExpr(function, EquatableArray.From(arguments), function.Span.Cover(arguments.Last().Span))
            : function;

    /// <summary><c>bands BASE after TOTAL | up to X -&gt; r | above -&gt; r</c>.</summary>
    private static readonly Parser<Expr> BandsExpression =
        from kw in Keyword("bands")
        from @base in BandsOperand
        from after in Word("after")
        from total in BandsOperand
        from arms in BandArmSyntax.AtLeastOnce()
        let list = arms.ToList()
        select (Expr)new BandsExpr(@base, total, EquatableArray.From(list), kw.Span.Cover(list[^1].Span));

    /// <summary><c>dated | until D -&gt; v | from D -&gt; v ...</c>: chosen by the date being settled.</summary>
    private static readonly Parser<Expr> DatedExpression =
        from kw in Keyword("dated")
        from branches in DatedBranchSyntax.AtLeastOnce()
        let list = branches.ToList()
        select (Expr)new DatedExpr(EquatableArray.From(list), kw.Span.Cover(list[^1].Span));
}
