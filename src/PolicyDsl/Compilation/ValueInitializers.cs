using PolicyDsl.Semantics.Symbols;

namespace PolicyDsl.Compilation;

/// <summary>
/// The compiled initializer of each let value of one policy (in one tracing mode), compiled on first
/// use and shared by every rule that reads the value. With <paramref name="fen"/>, the policy's money is
/// lowered to integer fen at those scales, for the rules and initializers alike.
/// </summary>
internal sealed class ValueInitializers(bool trace, Fen.FenScales? fen = null)
{
    public Fen.FenScales? Fen => fen;

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
