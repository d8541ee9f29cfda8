using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// Records exist only while checking: <c>(if c then a else b).field</c> becomes
/// <c>if c then a.field else b.field</c>, down to the record literals, so back ends see scalars only.
/// </summary>
internal static class RecordLowering
{
    public static BoundExpr Field(BoundExpr record, string field, TextSpan span) => Unaliased(record) switch
    {
        BoundRecord r => r.Fields.FirstOrDefault(f => f.Name == field).Value ?? new BoundError(span),
        BoundCited c => new BoundCited(Field(c.Inner, field, span), c.Citation),
        BoundIf i => Rebuild(i.Then, i.Else, field, span, (t, e, type) => i with { Then = t, Else = e, Type = type }),
        BoundMatch m => LowerMatch(m, field, span),
        BoundDated d => LowerDated(d, field, span),
        BoundUnstated u => u,
        _ => new BoundError(span),
    };

    /// <summary>A let that is another let, followed in a loop: a chain of thousands must not recurse.</summary>
    private static BoundExpr Unaliased(BoundExpr record)
    {
        while (record is BoundValue v) record = v.Value.Body;
        return record;
    }

    private static BoundExpr Rebuild(BoundExpr a, BoundExpr b, string field, TextSpan span, Func<BoundExpr, BoundExpr, PolicyType, BoundExpr> make)
    {
        var (fa, fb) = (Field(a, field, span), Field(b, field, span));
        return make(fa, fb, PolicyTypes.IsWildcard(fa.Type) ? fb.Type : fa.Type);
    }

    private static BoundExpr LowerMatch(BoundMatch match, string field, TextSpan span)
    {
        var arms = match.Arms.Select(a => a with { Body = Field(a.Body, field, span) }).ToList();
        return match with { Arms = EquatableArray.From(arms), Type = FirstConcrete(arms.Select(a => a.Body)) };
    }

    private static BoundExpr LowerDated(BoundDated dated, string field, TextSpan span)
    {
        var branches = dated.Branches.Select(b => b with { Value = Field(b.Value, field, span) }).ToList();
        return dated with { Branches = EquatableArray.From(branches), Type = FirstConcrete(branches.Select(b => b.Value)) };
    }

    private static PolicyType FirstConcrete(IEnumerable<BoundExpr> values) =>
        values.Select(v => v.Type).FirstOrDefault(t => !PolicyTypes.IsWildcard(t)) ?? PolicyTypes.Unstated;
}
