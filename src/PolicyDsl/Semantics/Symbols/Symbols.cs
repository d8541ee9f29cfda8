using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Symbols;

/// <summary>A named thing a rule file defines. Symbols are compared by identity.</summary>
internal abstract class Symbol(string name, TextSpan span)
{
    public string Name { get; } = name;
    public TextSpan Span { get; } = span;
    public override string ToString() => Name;
}

/// <summary>
/// <c>param name : Type</c>: a figure the notice does not state. Its value comes from a params file
/// or <c>--set</c>; evaluating without one is an error that names it, unless the file gives a
/// <see cref="Default"/> (its own reading, such as "not covered"), which is then used unflagged.
/// </summary>
internal sealed class ParameterSymbol(string name, TextSpan span, int index, PolicyType type, IReadOnlyList<CitationRef> citations, string? description,
    object? @default = null)
    : Symbol(name, span)
{
    /// <summary>The file's own value, used when the run supplies none; null when a value must be supplied.</summary>
    public object? Default { get; } = @default;

    public int Index { get; } = index;
    public PolicyType Type { get; } = type;
    public IReadOnlyList<CitationRef> Citations { get; } = citations;
    public string? Description { get; } = description;
}

/// <summary><c>let name = body</c>: a named value, computed at most once per evaluation.</summary>
internal sealed class ValueSymbol(string name, TextSpan span, string? doc) : Symbol(name, span)
{
    public string? Doc { get; } = doc;
    public BoundExpr Body { get; internal set; } = BoundError.Instance;
    public PolicyType Type => Body.Type;
}

/// <summary><c>let f (x: T) ... = body</c>: a function, inlined where it is applied.</summary>
internal sealed class FunctionSymbol(string name, TextSpan span, string? doc, IReadOnlyList<LocalSymbol> parameters) : Symbol(name, span)
{
    public string? Doc { get; } = doc;
    public IReadOnlyList<LocalSymbol> Parameters { get; } = parameters;
    public BoundExpr Body { get; internal set; } = BoundError.Instance;
    public PolicyType ReturnType => Body.Type;
}

/// <summary>A function's parameter.</summary>
internal sealed class LocalSymbol(string name, TextSpan span, PolicyType type) : Symbol(name, span)
{
    public PolicyType Type { get; } = type;
}

/// <summary>A citation as checked: an id unique in the policy, the text, and where it was written.</summary>
internal sealed record CitationRef(int Id, string Text, TextSpan Span)
{
    public override string ToString() => Text;
}
