namespace PolicyDsl.Runtime;

/// <summary>Rounding of money: half away from zero to the fen (0.01元), as settlement systems do.</summary>
internal static class Money
{
    public static decimal RoundToFen(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>Formats with exactly two decimals, invariant culture.</summary>
    public static string Format(decimal yuan) => RoundToFen(yuan).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
