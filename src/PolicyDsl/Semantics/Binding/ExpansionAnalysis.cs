using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// How deep and how large each definition becomes once the lets and functions it uses are written
/// out in it, which is what the back ends do or pay for: functions are inlined by the expression-tree
/// compiler and called afresh at each use by the tree-walker and the emitted C#; a let is computed once
/// per rule, but nests inside whatever uses it. A file can be small and still expand past what a stack or a claim's time allows (a chain of
/// functions each 190 <c>not</c>s deep; <c>f x = g (g x)</c> doubling at each level), so the bounds
/// (<see cref="Limits.MaxExpandedDepth"/>, <see cref="Limits.MaxExpandedSize"/>) are checked here,
/// once per definition, and reported where the definition that first goes past one is written.
/// </summary>
internal static class ExpansionAnalysis
{
    private readonly record struct Measure(long Size, long Depth, bool Reported);

    /// <summary>The largest expanded size and depth of any of <paramref name="roots"/> (for tests that the limits leave room).</summary>
    public static (long Size, long Depth) Largest(IEnumerable<BoundExpr> roots)
    {
        var measures = new Dictionary<Symbol, Measure>();
        var symbols = BoundTree.Reachable(roots).SelectMany(n => n switch { BoundValue v => new Symbol[] { v.Value }, BoundCall c => [c.Function], _ => [] }).Distinct().ToList();
        foreach (var symbol in DependencyOrder.Components(symbols, s => DirectUses(Body(s))).SelectMany(c => c)) measures[symbol] = MeasureOf(Body(symbol), measures);
        var all = roots.Select(r => MeasureOf(r, measures)).ToList();
        return (all.Max(m => m.Size), all.Max(m => m.Depth));
    }

    public static void Run(IEnumerable<Symbol> globals, IEnumerable<(string What, BoundExpr Root, TextSpan Span)> roots, DiagnosticBag diagnostics)
    {
        var symbols = globals.Where(s => s is ValueSymbol or FunctionSymbol).ToList();
        var measures = new Dictionary<Symbol, Measure>();
        // No cycles reach here (they are errors, and this runs only on a file without errors), so each
        // component is one symbol, and every symbol comes after those it uses.
        foreach (var component in DependencyOrder.Components(symbols, s => DirectUses(Body(s))))
        {
            foreach (var symbol in component)
            {
                measures[symbol] = Check(Body(symbol), $"'{symbol.Name}'", symbol.Span, measures, diagnostics);
            }
        }
        foreach (var (what, root, span) in roots) Check(root, what, span, measures, diagnostics);
    }

    private static BoundExpr Body(Symbol symbol) => symbol switch
    {
        ValueSymbol v => v.Body,
        FunctionSymbol f => f.Body,
        _ => BoundError.Instance,
    };

    private static IEnumerable<Symbol> DirectUses(BoundExpr body)
    {
        var stack = new Stack<BoundExpr>([body]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is BoundValue v) yield return v.Value;
            if (node is BoundCall c) yield return c.Function;
            foreach (var child in BoundTree.Children(node)) stack.Push(child);
        }
    }

    private static Measure Check(BoundExpr body, string what, TextSpan span, Dictionary<Symbol, Measure> measures, DiagnosticBag diagnostics)
    {
        var measure = MeasureOf(body, measures);
        if (measure.Reported) return measure;
        if (measure.Depth > Limits.MaxExpandedDepth)
        {
            diagnostics.Report(DiagnosticCatalogue.ExpandedTooDeep, span, what, measure.Depth, Limits.MaxExpandedDepth);
            return measure with { Reported = true };
        }
        if (measure.Size > Limits.MaxExpandedSize)
        {
            diagnostics.Report(DiagnosticCatalogue.ExpandedTooLarge, span, what, Limits.MaxExpandedSize);
            return measure with { Reported = true };
        }
        return measure;
    }

    /// <summary>Size and depth of one body, the symbols it uses counted as written out; without recursion.</summary>
    private static Measure MeasureOf(BoundExpr body, Dictionary<Symbol, Measure> measures)
    {
        var results = new Stack<Measure>();
        var work = new Stack<(BoundExpr Node, bool ChildrenDone, int Children)>();
        work.Push((body, false, 0));
        while (work.Count > 0)
        {
            var (node, done, count) = work.Pop();
            if (!done)
            {
                var children = BoundTree.Children(node).ToList();
                work.Push((node, true, children.Count));
                foreach (var child in children) work.Push((child, false, 0));
                continue;
            }
            var (size, depth, reported) = (1L, 0L, false);
            for (var i = 0; i < count; i++)
            {
                var child = results.Pop();
                (size, depth, reported) = (Saturate(size + child.Size), Math.Max(depth, child.Depth), reported || child.Reported);
            }
            // A let is computed once per rule by every back end, so its size counts once, where it is
            // defined; but evaluating it nests inside its user, so its depth counts at every use.
            var (used, usedSize) = node switch
            {
                BoundValue v => (measures.GetValueOrDefault(v.Value), 0L),
                BoundCall c => (measures.GetValueOrDefault(c.Function), measures.GetValueOrDefault(c.Function).Size),
                _ => (default, 0L),
            };
            results.Push(new Measure(Saturate(size + usedSize), Math.Max(depth, used.Depth) + 1, reported || used.Reported));
        }
        return results.Pop();
    }

    /// <summary>Sizes double per level of a chain of calls: kept from overflowing, and far past any limit.</summary>
    private static long Saturate(long value) => Math.Min(value, long.MaxValue / 4);
}
