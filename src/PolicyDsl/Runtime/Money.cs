namespace PolicyDsl.Runtime;

/// <summary>Rounding of money: half away from zero to the fen (0.01元), as settlement systems do.</summary>
internal static class Money
{
    public static decimal RoundToFen(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Formats with exactly two decimals, invariant culture. The standard "F2" writes what the custom "0.00" writes
    /// for every decimal (a test holds them to it) in about half the time; eval formats several figures a claim.
    /// </summary>
    /// <remarks>
    /// A figure already in whole fen (every settled figure, nearly: the fund is rounded to the fen, amounts are read in
    /// fen) is written from its integer directly, without rounding a decimal and formatting it, which eval paid for
    /// several times a claim; anything else the standard way. A test holds both to what "0.00" always wrote.
    /// </remarks>
    public static string Format(decimal yuan)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(yuan, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = (long)(uint)bits[0] | ((long)bits[1] << 32);
        if (bits[2] != 0 || bits[1] < 0 || scale > 2 || mantissa > long.MaxValue / 100)
        {
            return RoundToFen(yuan).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        }
        var fen = mantissa * (scale == 2 ? 1 : scale == 1 ? 10 : 100);
        Span<char> text = stackalloc char[24];
        var at = 0;
        // Negative zero is written as zero, as the standard format writes it.
        if (bits[3] < 0 && fen != 0) text[at++] = '-';
        (fen / 100).TryFormat(text[at..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        at += written;
        text[at++] = '.';
        text[at++] = (char)('0' + fen % 100 / 10);
        text[at++] = (char)('0' + fen % 10);
        return new string(text[..at]);
    }
}
