using System.Runtime.CompilerServices;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;
using Sprache;
using static PolicyDsl.Syntax.Grammar.Lexicon;

namespace PolicyDsl.Syntax.Grammar;

internal static partial class ExpressionGrammar
{
    // Precedence, loosest first: citation @, capped by, pipe |>, ||, &&, comparison, + -, * /, unary, application, member access.
    public static readonly Parser<Expr> Expression = Memoized(Guarded(Parse.Ref(() => CitedExpression)));

    /// <summary>
    /// Remembers what a parser made of each position of a declaration. Without it, a bracket that fails
    /// to close made every enclosing level read what is inside it again: a 3,000-character declaration
    /// of nested <c>(if … else …</c> ran for minutes (found by fuzzing). Results are immutable, and the
    /// expectations a failure records are recorded the first time, so a remembered result is the same result.
    /// </summary>
    private static Parser<T> Memoized<T>(Parser<T> parser)
    {
        var key = new object();
        return input =>
        {
            var source = (SourceInput)input;
            if (source.Session.Memo.TryGetValue((key, source.Position), out var known)) return (IResult<T>)known;
            var result = parser(input);
            source.Session.Memo[(key, source.Position)] = result;
            return result;
        };
    }

    private static Parser<Expr> Guarded(Parser<Expr> parser) => input =>
    {
        // Chains of if/else or operators can nest without brackets; refuse before the stack runs out.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            var source = (SourceInput)input;
            source.Session.TooDeepAt ??= source.Position;
            return Result.Failure<Expr>(input, "nested too deeply", []);
        }
        return parser(input);
    };

    /// <summary>
    /// <c>E @ c capped by X @ d capped by Y</c>: citations and caps in any order, each applying to all
    /// before it, so a cap after a cited arm caps that arm exactly as it would without the citation.
    /// </summary>
    private static readonly Parser<Expr> CitedExpression =
        from inner in Parse.Ref(() => PipeExpression)
        from suffixes in CitationValue.Select(c => new Func<Expr, Expr>(e => new CitedExpr(e, c, e.Span.Cover(c.Span))))
            .Or(CapClause.Select(c => new Func<Expr, Expr>(e => Cap(e, c)))).Many()
        select suffixes.Aggregate(inner, (e, apply) => apply(e));

    private static Expr Cap(Expr value, (Lexeme<string> Keyword, Expr Limit, Expr? Against, Expr? When, List<Citation> Citations) c)
    {
        var end = c.Citations.Count > 0 ? c.Citations[^1].Span : (c.When ?? c.Against ?? c.Limit).Span;
        return new CappedExpr(value, c.Limit, c.Against, c.When, EquatableArray.From(c.Citations), c.Keyword.Span, value.Span.Cover(end));
    }

    /// <summary>One <c>capped by LIMIT [against TOTAL] [when CONDITION] [@ cite]</c> clause.</summary>
    private static readonly Parser<(Lexeme<string> Keyword, Expr Limit, Expr? Against, Expr? When, List<Citation> Citations)> CapClause =
        // Named like the operators, so an error after an expression lists 'an operator', not every keyword that may follow.
        from kw in Word("capped", "an operator")
        from byWord in Word("by")
        from limit in Parse.Ref(() => PipeExpression)
        from against in (from a in Keyword("against") from t in Parse.Ref(() => PipeExpression) select t).Optional()
        from condition in (from w in Keyword("when") from c in Parse.Ref(() => PipeExpression) select c).Optional()
        from citations in CitationValue.Many()
        select (kw, limit, against.GetOrDefault(), condition.GetOrDefault(), citations.ToList());


    private static Parser<Lexeme<BinaryOperator>> Operator(string symbol, BinaryOperator op) =>
        Symbol(symbol, "an operator").Select(l => new Lexeme<BinaryOperator>(op, l.Span));

    private static Parser<Expr> LeftChain(Parser<Lexeme<BinaryOperator>> op, Parser<Expr> operand) =>
        LeftChain(op, operand, (o, l, r) => new BinaryExpr(o.Value, l, r, o.Span, l.Span.Cover(r.Span)));

    /// <summary>A left-associative chain, iterative so that long sums do not deepen the stack.</summary>
    private static Parser<Expr> LeftChain<TOp>(Parser<TOp> op, Parser<Expr> operand, Func<TOp, Expr, Expr, Expr> combine) => input =>
    {
        var first = operand(input);
        if (!first.WasSuccessful) return first;
        var left = first.Value;
        var rest = first.Remainder;
        while (true)
        {
            var o = op(rest);
            if (!o.WasSuccessful) return Result.Success(left, rest);
            var right = operand(o.Remainder);
            if (!right.WasSuccessful) return right;
            left = combine(o.Value, left, right.Value);
            rest = right.Remainder;
        }
    };

    /// <summary><c>x |&gt; f a</c> means <c>f a x</c>.</summary>
    private static readonly Parser<Expr> PipeExpression =
        LeftChain(Symbol("|>", "an operator"), Parse.Ref(() => OrExpression), (_, value, function) => function switch
        {
            ApplyExpr apply => new ApplyExpr(apply.Function, EquatableArray.From(apply.Arguments.Append(value)), value.Span.Cover(function.Span)),
            _ => new ApplyExpr(function, EquatableArray.From([value]), value.Span.Cover(function.Span)),
        });

    private static readonly Parser<Expr> OrExpression =
        LeftChain(Operator("||", BinaryOperator.Or), Parse.Ref(() => AndExpression));

    private static readonly Parser<Expr> AndExpression =
        LeftChain(Operator("&&", BinaryOperator.And), Parse.Ref(() => Comparison));

    private static readonly Parser<Lexeme<BinaryOperator>> ComparisonOperator =
        Operator("<=", BinaryOperator.LessOrEqual)
            .Or(Operator(">=", BinaryOperator.GreaterOrEqual))
            .Or(Operator("<>", BinaryOperator.NotEqual))
            .Or(Operator("<", BinaryOperator.Less))
            .Or(Operator(">", BinaryOperator.Greater))
            .Or(Operator("=", BinaryOperator.Equal));

    /// <summary>Comparisons do not chain: <c>a &lt; b &lt; c</c> is an error, as in F#.</summary>
    private static readonly Parser<Expr> Comparison =
        from left in Parse.Ref(() => Additive)
        from rest in (from op in ComparisonOperator
                      from right in Parse.Ref(() => Additive)
                      select (op, right)).Optional()
        select rest.IsDefined
            ? new BinaryExpr(rest.Get().op.Value, left, rest.Get().right, rest.Get().op.Span, left.Span.Cover(rest.Get().right.Span))
            : left;

    private static readonly Parser<Expr> Additive =
        LeftChain(Operator("+", BinaryOperator.Add).Or(Operator("-", BinaryOperator.Subtract)), Parse.Ref(() => Multiplicative));

    private static readonly Parser<Expr> Multiplicative =
        LeftChain(Operator("*", BinaryOperator.Multiply).Or(Operator("/", BinaryOperator.Divide)), Parse.Ref(() => Unary));

    private static readonly Parser<Lexeme<UnaryOperator>> UnaryOperatorToken =
        Symbol("-").Select(l => new Lexeme<UnaryOperator>(UnaryOperator.Negate, l.Span))
            .Or(Symbol("+").Select(l => new Lexeme<UnaryOperator>(UnaryOperator.Plus, l.Span)))
            .Or(Keyword("not").Select(l => new Lexeme<UnaryOperator>(UnaryOperator.Not, l.Span)));

    private static readonly Parser<Expr> Unary =
        (from op in UnaryOperatorToken
         from operand in Guarded(Parse.Ref(() => Unary))
         select (Expr)new UnaryExpr(op.Value, operand, op.Span, op.Span.Cover(operand.Span)))
        .Or(Parse.Ref(() => KeywordExpression))
        .Or(Parse.Ref(() => Application));

    /// <summary><c>f a b</c>: a function applied to arguments by juxtaposition.</summary>
    private static readonly Parser<Expr> Application =
        from function in Parse.Ref(() => Postfix)
        from arguments in Parse.Ref(() => Postfix).Many()
        select arguments.Any()
            ? new ApplyExpr(function, EquatableArray.From(arguments), function.Span.Cover(arguments.Last().Span))
            : function;

    /// <summary>A name or a member (<c>claim.level</c>) with no operators or citations: what a total is kept by.</summary>
    public static readonly Parser<Expr> Operand = Guarded(Parse.Ref(() => Postfix));

    private static readonly Parser<Expr> Postfix =
        from target in Parse.Ref(() => Primary)
        from members in (from dot in Symbol(".", "an operator")
                         from name in FieldName
                         select name).Many()
        select members.Aggregate(target, (e, m) => new MemberExpr(e, m.Value, m.Span, e.Span.Cover(m.Span)));

    private static readonly Parser<Expr> Primary =
        Literal.Select(l => (Expr)l)
            .Or(Identifier.Select(i => (Expr)new NameExpr(i.Value, i.Span)))
            .Or(Parse.Ref(() => Parenthesized))
            .Or(Parse.Ref(() => RecordLiteral));

    private static readonly Parser<Expr> Parenthesized = Memoized(
        from open in Symbol("(")
        from inner in Expression
        from close in Symbol(")")
        select inner);

    private static readonly Parser<RecordFieldSyntax> RecordField =
        from name in Identifier
        from eq in Symbol("=")
        from value in Expression
        select new RecordFieldSyntax(name.Value, name.Span, value, name.Span.Cover(value.Span));

    private static readonly Parser<Expr> RecordLiteral =
        from open in Symbol("{")
        from fields in RecordField.DelimitedBy(Symbol(";"))
        from trailing in Symbol(";").Optional()
        from close in Symbol("}")
        select (Expr)new RecordExpr(EquatableArray.From(fields), open.Span.Cover(close.Span));

    /// <summary>Expressions that open with a keyword and extend as far as they can.</summary>
    private static readonly Parser<Expr> KeywordExpression =
        Parse.Ref(() => IfExpression).Or(Parse.Ref(() => MatchExpression)).Or(Parse.Ref(() => DatedExpression)).Or(Parse.Ref(() => BandsExpression))
            .Or(from kw in Keyword("unstated") from reason in StringValue select (Expr)new UnstatedExpr(reason.Value, kw.Span.Cover(reason.Span)));

    private static readonly Parser<Expr> IfExpression =
        from kw in Keyword("if")
        from condition in Expression
        from then in Keyword("then")
        from whenTrue in Expression
        from @else in Keyword("else")
        from whenFalse in Expression
        select (Expr)new IfExpr(condition, whenTrue, whenFalse, kw.Span.Cover(whenFalse.Span));
}
