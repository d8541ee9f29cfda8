using PolicyDsl.Semantics.Symbols;

namespace PolicyDsl.Compilation;

/// <summary>
/// The compiled initializer of each let value of one policy (in one tracing mode), compiled on first
/// use and shared by every rule that reads the value.
/// </summary>
internal sealed class ValueInitializers(bool trace)
{
    private readonly Dictionary<ValueSymbol, Delegate> _compiled = [];

    public Delegate For(ValueSymbol symbol)
    {
        if (!_compiled.TryGetValue(symbol, out var initializer))
        {
            initializer = ExpressionTreeCompiler.CompileInitializer(symbol, trace, this);
            _compiled.Add(symbol, initializer);
        }
        return initializer;
    }
}
