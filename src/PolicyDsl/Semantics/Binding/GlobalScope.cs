using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// The policy's top-level names. A let binding is bound the first time it is looked up, so the order
/// of declarations in the file does not matter, and a definition that reaches itself is caught.
/// </summary>
internal sealed class GlobalScope
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<Entry> _inProgress = [];
    private bool _entangled;

    private sealed class Entry(Symbol symbol, LetDeclaration? let)
    {
        public Symbol Symbol { get; } = symbol;
        public LetDeclaration? Let { get; } = let;
        public bool Bound { get; set; } = let is null;
        public bool Used { get; set; }
    }

    public IEnumerable<Symbol> Symbols => _entries.Values.Select(e => e.Symbol);
    public IEnumerable<string> Names => _entries.Keys;

    public bool TryDeclare(Symbol symbol, LetDeclaration? let, out Symbol existing)
    {
        if (_entries.TryGetValue(symbol.Name, out var entry))
        {
            existing = entry.Symbol;
            return false;
        }
        _entries.Add(symbol.Name, new Entry(symbol, let));
        existing = symbol;
        return true;
    }

    /// <summary>The symbol named <paramref name="name"/>, bound; null when there is none.</summary>
    public Symbol? Lookup(string name, TextSpan useSpan, BindingContext context, bool markUsed = true)
    {
        if (!_entries.TryGetValue(name, out var entry)) return null;
        if (markUsed) entry.Used = true;
        if (!entry.Bound) Bind(entry, useSpan, context);
        return entry.Symbol;
    }

    public bool IsUsed(Symbol symbol) => _entries.TryGetValue(symbol.Name, out var e) && e.Used;

    /// <summary>
    /// Binding a let binds, on the way, every let it uses that is not bound yet: a chain of thousands of
    /// lets would nest that deep and overflow the stack. So at most this many are bound one inside another;
    /// binding in dependency order (below) means only definitions that use one another ever nest.
    /// </summary>
    internal const int MaxNestedBinding = 16;

    /// <summary>
    /// Binds every let, used or not, so errors in unused ones are still reported. Each group of lets
    /// that use one another is bound after the lets it uses, so a let's dependencies are bound before
    /// it and looking them up binds nothing; only a cycle nests, and a cycle is an error.
    /// </summary>
    public void BindAll(BindingContext context)
    {
        var unbound = _entries.Values.Where(e => !e.Bound).ToList();
        foreach (var component in DependencyOrder.Components(unbound, UsedNames))
        {
            foreach (var entry in component.OrderBy(e => e.Symbol.Span.Start))
            {
                // Once a group is found too entangled to bind, one report says so: the rest stay unbound
                // (and count as used: the group uses each of them).
                if (_entangled) entry.Bound = entry.Used = true;
                if (!entry.Bound) Bind(entry, entry.Symbol.Span, context);
            }
            _entangled = false;
        }
    }

    /// <summary>The unbound lets a let's body names, by its syntax: a superset of those the binder looks up.</summary>
    private IEnumerable<Entry> UsedNames(Entry entry)
    {
        if (entry.Let is null) yield break;
        var stack = new Stack<Expr>([entry.Let.Body]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is NameExpr name && _entries.TryGetValue(name.Name, out var used) && !used.Bound) yield return used;
            foreach (var child in SyntaxTree.Children(node)) stack.Push(child);
        }
    }

    private void Bind(Entry entry, TextSpan useSpan, BindingContext context)
    {
        if (_inProgress.Count >= MaxNestedBinding && !_inProgress.Contains(entry))
        {
            if (!_entangled) context.Diagnostics.Report(DiagnosticCatalogue.DefinitionsTooEntangled, useSpan, entry.Symbol.Name, MaxNestedBinding);
            _entangled = true;
            entry.Bound = true;
            return;
        }
        if (_inProgress.Contains(entry))
        {
            var cycle = _inProgress.SkipWhile(e => e != entry).Select(e => e.Symbol.Name).Append(entry.Symbol.Name);
            context.Diagnostics.Report(DiagnosticCatalogue.CircularDefinition, useSpan, entry.Symbol.Name, string.Join(" → ", cycle));
            return;
        }
        _inProgress.Add(entry);
        switch (entry.Symbol)
        {
            case ValueSymbol value:
                value.Body = new ExpressionBinder(context).Bind(entry.Let!.Body);
                break;
            case FunctionSymbol function:
                // A repeated parameter name is reported where the function is declared; the first one counts.
                var locals = function.Parameters.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
                function.Body = new ExpressionBinder(context, locals).Bind(entry.Let!.Body);
                if (function.Body.Type is Types.RecordType)
                {
                    context.Diagnostics.Report(DiagnosticCatalogue.RecordNotAllowed, entry.Let.Body.Span);
                }
                break;
        }
        _inProgress.Remove(entry);
        entry.Bound = true;
    }
}
