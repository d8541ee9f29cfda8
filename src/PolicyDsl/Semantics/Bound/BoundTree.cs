namespace PolicyDsl.Semantics.Bound;

/// <summary>Walks checked trees, following let values and function bodies into their definitions.</summary>
internal static class BoundTree
{
    /// <summary>The direct children of a node, not following symbols.</summary>
    public static IEnumerable<BoundExpr> Children(BoundExpr expr) => expr switch
    {
        BoundCall c => c.Arguments,
        BoundMinMax m => [m.Left, m.Right],
        BoundUnary u => [u.Operand],
        BoundBinary b => [b.Left, b.Right],
        BoundIntToDecimal i => [i.Operand],
        BoundDatePart d => [d.Date],
        BoundIf i => [i.Condition, i.Then, i.Else],
        BoundMatch m => m.Arms.Select(a => a.Body).Prepend(m.Scrutinee),
        BoundDated d => d.Branches.Select(b => b.Value),
        BoundCited c => [c.Inner],
        BoundRecord r => r.Fields.Select(f => f.Value),
        BoundBands b => b.Bands.SelectMany(band => band.UpTo is { } up ? new[] { up, band.Ratio } : [band.Ratio]).Prepend(b.After).Prepend(b.Base),
        BoundCapped c => new[] { c.Value, c.Limit }.Concat(c.Against is { } a ? [a] : []).Concat(c.When is { } w ? [w] : []),
        _ => [],
    };

    /// <summary>Every node reachable from <paramref name="roots"/>, each let and function body visited once.</summary>
    public static IEnumerable<BoundExpr> Reachable(IEnumerable<BoundExpr> roots)
    {
        var visitedSymbols = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<BoundExpr>(roots);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            switch (node)
            {
                case BoundValue v when visitedSymbols.Add(v.Value):
                    stack.Push(v.Value.Body);
                    break;
                case BoundCall c when visitedSymbols.Add(c.Function):
                    stack.Push(c.Function.Body);
                    break;
            }
            foreach (var child in Children(node)) stack.Push(child);
        }
    }
}
