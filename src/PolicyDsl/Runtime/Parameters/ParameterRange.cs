using PolicyDsl.Semantics.Types;

namespace PolicyDsl.Runtime.Parameters;

/// <summary>
/// What a value given at run time must be to stand where the notice's figure would: a ratio from 0% to
/// 100%, points from −100pp to 100pp, money not below zero. A params file, <c>--set</c> and a host's
/// typed value are checked alike, so none can pay more than a claim (the engine would stop it, PD0310,
/// but only on the claims it reaches).
/// </summary>
internal static class ParameterRange
{
    /// <summary>Why <paramref name="value"/> cannot be given to a param of <paramref name="type"/>, or null when it can.</summary>
    public static string? Problem(PolicyType type, object value) => (type, value) switch
    {
        (PrimitiveType { Kind: PrimitiveKind.Ratio }, decimal r) when r is < 0m or > 1m => $"{Number(r)}% is not a ratio: a ratio is from 0% to 100%",
        (PrimitiveType { Kind: PrimitiveKind.Points }, decimal p) when p is < -1m or > 1m => $"{Number(p)}pp is more than 100 percentage points",
        (PrimitiveType { Kind: PrimitiveKind.Money }, decimal m) when m < 0m => $"{Money.Format(m)}元 is below zero",
        _ => null,
    };

    private static string Number(decimal fraction) => (fraction * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
