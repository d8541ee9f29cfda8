using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>The forms that give a benefit its shape: bands over a running total, and caps.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpr BindBands(BandsExpr bands)
    {
        var @base = Expect(Bind(bands.Base), PolicyTypes.Money, "the base of bands", bands.Base.Span);
        var after = Expect(Bind(bands.After), PolicyTypes.Money, "what bands count after", bands.After.Span);
        var bound = new List<BoundBand>();
        for (var i = 0; i < bands.Arms.Count; i++)
        {
            var arm = bands.Arms[i];
            var last = i == bands.Arms.Count - 1;
            if ((arm.UpTo is null) != last)
            {
                Diagnostics.Report(DiagnosticCatalogue.BandsShape, arm.Span, last ? "the last band must be '| above -> ratio'" : "only the last band may be '| above'");
            }
            var upTo = arm.UpTo is { } edge ? Expect(Bind(edge), PolicyTypes.Money, "a band's edge", edge.Span) : null;
            var ratio = Expect(Bind(arm.Ratio), PolicyTypes.Ratio, "a band's ratio", arm.Ratio.Span);
            bound.Add(new BoundBand(upTo, ratio));
        }
        // Edges written as figures are checked now; others when a claim is settled (PD0311).
        var literal = bound.Select(b => b.UpTo).OfType<BoundExpr>().Select(Literal).ToList();
        for (var i = 1; i < literal.Count; i++)
        {
            if (literal[i] is { } edge && literal[i - 1] is { } previous && edge < previous)
            {
                Diagnostics.Report(DiagnosticCatalogue.BandsShape, bands.Arms[i].Span, $"band edges must increase: {Runtime.Money.Format(edge)} comes after {Runtime.Money.Format(previous)}");
            }
        }
        return new BoundBands(@base, after, Syntax.Ast.EquatableArray.From(bound), bands.Span);
    }

    private static decimal? Literal(BoundExpr expr) => expr switch
    {
        BoundLiteral { Value: decimal d } => d,
        BoundCited c => Literal(c.Inner),
        _ => null,
    };

    private BoundExpr BindCapped(CappedExpr capped)
    {
        var value = Expect(Bind(capped.Value), PolicyTypes.Money, "a capped value", capped.Value.Span);
        var limit = Expect(Bind(capped.Limit), PolicyTypes.Money, "a cap", capped.Limit.Span);
        var against = capped.Against is { } a ? Expect(Bind(a), PolicyTypes.Money, "what a cap counts against", a.Span) : null;
        var when = capped.When is { } w ? Expect(Bind(w), PolicyTypes.Bool, "a cap's condition", w.Span) : null;
        var citations = capped.Citations.Select(context.AddCitation).ToList();
        return new BoundCapped(value, limit, against, when, context.NextCapId(), citations, capped.CapSpan, capped.Span);
    }

    /// <summary>The expression if it has the type (or is unstated, or already wrong); otherwise an error at its span.</summary>
    private BoundExpr Expect(BoundExpr expr, PolicyType type, string what, Text.TextSpan span)
    {
        if (expr.Type == type || PolicyTypes.IsWildcard(expr.Type)) return expr;
        Diagnostics.Report(DiagnosticCatalogue.PartTypeMismatch, span, what, type, expr.Type);
        return new BoundError(span);
    }
}
