namespace PolicyDsl.Syntax.Ast;

/// <summary>Generic traversal of syntax, without recursion, so it is safe on any tree the parser accepts.</summary>
internal static class SyntaxTree
{
    public static IEnumerable<Expr> Children(Expr expr) => expr switch
    {
        MemberExpr m => [m.Target],
        ApplyExpr a => a.Arguments.Prepend(a.Function),
        UnaryExpr u => [u.Operand],
        BinaryExpr b => [b.Left, b.Right],
        IfExpr i => [i.Condition, i.Then, i.Else],
        MatchExpr m => m.Arms.Select(a => a.Body).Prepend(m.Scrutinee),
        DatedExpr d => d.Branches.Select(b => b.Value),
        RecordExpr r => r.Fields.Select(f => f.Value),
        CitedExpr c => [c.Inner],
        // Bands and caps nest like any other expression: the depth bound must see inside them.
        BandsExpr b => b.Arms.SelectMany(a => a.UpTo is { } up ? new[] { up, a.Ratio } : [a.Ratio]).Prepend(b.After).Prepend(b.Base),
        CappedExpr c => new[] { c.Value, c.Limit }.Concat(c.Against is { } a ? [a] : []).Concat(c.When is { } w ? [w] : []),
        _ => [],
    };

    /// <summary>The first node found deeper than <paramref name="maxDepth"/>, or null.</summary>
    public static Expr? FirstDeeperThan(Expr root, int maxDepth)
    {
        var stack = new Stack<(Expr Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > maxDepth) return node;
            foreach (var child in Children(node)) stack.Push((child, depth + 1));
        }
        return null;
    }

    /// <summary>The expressions directly held by a declaration.</summary>
    public static IEnumerable<Expr> Expressions(Declaration declaration) => declaration switch
    {
        LetDeclaration l => [l.Body],
        RuleDeclaration r => [r.Body],
        ExcludeDeclaration e => [e.Condition],
        InvariantDeclaration i => [i.Condition],
        _ => [],
    };
}
