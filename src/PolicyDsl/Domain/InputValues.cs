using System.Collections.Frozen;

namespace PolicyDsl.Domain;

/// <summary>
/// The values of inputs a policy declares itself (签约家庭医生, 转诊, …), by the name the policy gives
/// them. The prelude's inputs are typed properties of <see cref="Claim"/> and <see cref="Person"/>;
/// these are not, so that a new notice can add one without a change to the engine. Immutable;
/// equal when they hold the same names and values.
/// </summary>
public sealed class InputValues : IEquatable<InputValues>
{
    private readonly FrozenDictionary<string, object> _values;

    /// <summary>Values by input name (<c>contract</c>, not <c>person.contract</c>): bool, int, decimal for money and ratios, DateOnly, or the enum member's name as text.</summary>
    public InputValues(IEnumerable<KeyValuePair<string, object>> values)
    {
        _values = values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No values: every declared input takes its default.</summary>
    public static InputValues Empty { get; } = new([]);

    /// <summary>The value given for <paramref name="name"/>, or null when none was.</summary>
    public object? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>How many inputs have a value.</summary>
    public int Count => _values.Count;

    /// <summary>Every value, by name in ordinal order.</summary>
    public IEnumerable<KeyValuePair<string, object>> All => _values.OrderBy(v => v.Key, StringComparer.Ordinal);

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/> (replacing any value it had).</summary>
    public InputValues With(string name, object value) => new(_values.Where(v => v.Key != name).Append(new(name, value)));

    /// <summary>The same names with equal values.</summary>
    public bool Equals(InputValues? other) =>
        other is not null && other._values.Count == _values.Count && _values.All(v => other._values.TryGetValue(v.Key, out var o) && Equals(o, v.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is InputValues other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _values.Aggregate(_values.Count, (h, v) => h ^ HashCode.Combine(v.Key, v.Value));

    /// <summary><c>name=value, …</c>.</summary>
    public override string ToString() => string.Join(", ", All.Select(v => $"{v.Key}={v.Value}"));
}
