using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Symbols;

namespace PolicyDsl.Compilation;

/// <summary>
/// The values given to a policy's <c>param</c>s for one run, each marked as supplied or assumed.
/// A param starts with the file's default, if it has one (the file's own reading, not an assumption).
/// Reading one that has no value stops evaluation with an error naming it and how to supply it.
/// </summary>
internal sealed class ParameterValues
{
    private readonly IReadOnlyList<ParameterSymbol> _parameters;
    private readonly object?[] _values;
    private readonly string?[] _assumptions;

    public ParameterValues(IReadOnlyList<ParameterSymbol> parameters)
    {
        _parameters = parameters;
        _values = parameters.Select(p => p.Default).ToArray();
        _assumptions = new string?[parameters.Count];
    }

    public static ParameterValues None { get; } = new([]);

    public IReadOnlyList<ParameterSymbol> Parameters => _parameters;

    /// <summary>Gives a parameter a value; <paramref name="assumption"/> says why, when the value is assumed rather than known.</summary>
    public void Set(ParameterSymbol parameter, object value, string? assumption = null)
    {
        _values[parameter.Index] = value;
        _assumptions[parameter.Index] = assumption;
    }

    public bool HasValue(ParameterSymbol parameter) => _values[parameter.Index] is not null;

    public object? ValueOf(ParameterSymbol parameter) => _values[parameter.Index];

    /// <summary>Why the value is assumed, or null when it is supplied (or absent).</summary>
    public string? AssumptionOf(int index) => _assumptions[index];

    public T Get<T>(int index) => _values[index] is T value
        ? value
        : throw PolicyEvaluationException.Create(DiagnosticCatalogue.MissingParameter, _parameters[index].Name, _parameters[index].Type,
            _parameters[index].Description is { } d ? $": {d}" : "");
}
