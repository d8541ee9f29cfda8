using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics.Symbols;

namespace PolicyDsl.Hosting;

/// <summary>
/// Values for a policy's <c>param</c>s (figures the notice does not state), checked as they are set:
/// the param must exist, the value must be of its type and within what a rule file could say. Each
/// starts at the file's default, if it has one. Not thread-safe; a <see cref="Settler"/> takes a copy.
/// </summary>
public sealed class PolicyParameters
{
    private readonly IReadOnlyList<ParameterSymbol> _symbols;

    internal PolicyParameters(IReadOnlyList<ParameterSymbol> symbols)
    {
        _symbols = symbols;
        Values = new ParameterValues(symbols);
    }

    /// <summary>Values read elsewhere (a params file, --set), for a host inside the tool.</summary>
    internal PolicyParameters(IReadOnlyList<ParameterSymbol> symbols, ParameterValues values)
    {
        _symbols = symbols;
        Values = values;
    }

    internal ParameterValues Values { get; }

    /// <summary>Sets a param, or says why it cannot be (PD0402 no such param, PD0403 a value it cannot take).</summary>
    /// <param name="assumption">Why the value is assumed rather than stated; every result resting on it is flagged with this.</param>
    public EvaluationError? TrySet(string name, PolicyValue value, string? assumption = null)
    {
        var symbol = _symbols.FirstOrDefault(p => p.Name == name);
        if (symbol is null)
        {
            var suggestion = Semantics.Binding.NameSuggestions.Closest(name, _symbols.Select(p => p.Name));
            var known = _symbols.Count == 0 ? " (it declares none)" : suggestion is not null ? $"; did you mean '{suggestion}'?" : $" (it has {string.Join(", ", _symbols.Select(p => p.Name))})";
            return new EvaluationError(DiagnosticCatalogue.UnknownParameter, [name, known]);
        }
        object typed;
        if (value.Text is { } text)
        {
            if (!ParameterText.TryParse(text, symbol.Type, out var parsed, out var error)) return Bad(symbol, error!);
            typed = parsed!;
        }
        else if (value.Type != symbol.Type)
        {
            return Bad(symbol, $"{value} is {value.Type}, but the parameter is {symbol.Type}");
        }
        else
        {
            typed = value.Value;
        }
        if (ParameterRange.Problem(symbol.Type, typed) is { } problem) return Bad(symbol, problem);
        Values.Set(symbol, typed, assumption);
        return null;
    }

    /// <summary>Sets a param; a value it cannot take is a mistake in the host's code, so this throws (with the PD code).</summary>
    /// <exception cref="ArgumentException">The param does not exist, or cannot take the value.</exception>
    public PolicyParameters Set(string name, PolicyValue value, string? assumption = null)
    {
        if (TrySet(name, value, assumption) is { } error) throw new ArgumentException(error.ToString(), nameof(value));
        return this;
    }

    /// <summary>The value a param has now (the default, or what was set); null when it has none.</summary>
    public object? ValueOf(string name) => _symbols.FirstOrDefault(p => p.Name == name) is { } symbol ? Values.ValueOf(symbol) : null;

    internal bool Belongs(IReadOnlyList<ParameterSymbol> symbols) => ReferenceEquals(symbols, _symbols);

    internal PolicyParameters Copy()
    {
        var copy = new PolicyParameters(_symbols);
        foreach (var symbol in _symbols)
        {
            if (Values.ValueOf(symbol) is { } v) copy.Values.Set(symbol, v, Values.AssumptionOf(symbol.Index));
        }
        return copy;
    }

    private static EvaluationError Bad(ParameterSymbol symbol, string problem) => new(DiagnosticCatalogue.BadParameterValue, [$"{symbol.Name}: {problem}"]);
}
