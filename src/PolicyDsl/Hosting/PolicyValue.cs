using PolicyDsl.Semantics.Types;

namespace PolicyDsl.Hosting;

/// <summary>
/// A value for a policy's <c>param</c>, with its kind: <c>PolicyValue.Money(3500m)</c> is 3500元,
/// <c>PolicyValue.Percent(60)</c> is 60%. The kind is checked against the param's type when it is set, so a
/// number meant as a ratio cannot be taken for money.
/// </summary>
public readonly record struct PolicyValue
{
    private PolicyValue(object value, PolicyType? type, string? text)
    {
        Value = value;
        Type = type;
        Text = text;
    }

    internal object Value { get; }

    /// <summary>The kind; null for <see cref="Parse"/>d text, whose kind is the param's.</summary>
    internal PolicyType? Type { get; }

    internal string? Text { get; }

    /// <summary>An amount in yuan (元).</summary>
    public static PolicyValue Money(decimal yuan) => new(yuan, PolicyTypes.Money, null);

    /// <summary>A ratio as a fraction: 0.6 is 60%.</summary>
    public static PolicyValue Ratio(decimal fraction) => new(fraction, PolicyTypes.Ratio, null);

    /// <summary>A ratio in percent: 60 is 60%.</summary>
    public static PolicyValue Percent(decimal percent) => new(percent / 100m, PolicyTypes.Ratio, null);

    /// <summary>Percentage points (个百分点): 5 is 5pp.</summary>
    public static PolicyValue Points(decimal points) => new(points / 100m, PolicyTypes.Points, null);

    /// <summary>A date.</summary>
    public static PolicyValue Date(DateOnly date) => new(date, PolicyTypes.Date, null);

    /// <summary>Yes or no.</summary>
    public static PolicyValue Bool(bool value) => new(value, PolicyTypes.Bool, null);

    /// <summary>A whole number (visits, years, months).</summary>
    public static PolicyValue Int(int value) => new(value, PolicyTypes.Int, null);

    /// <summary>A value written as in a rule file (<c>3500元</c>, <c>60%</c>, <c>Retired</c>, <c>退休</c>), read against the param's type.</summary>
    public static PolicyValue Parse(string text) => new(text, null, text);

    /// <summary>The value as a rule file writes it: <c>3500元</c>, <c>60%</c>, <c>5pp</c>.</summary>
    public override string ToString() => Text ?? Runtime.Parameters.ParameterText.Format(Value, Type!);
}
