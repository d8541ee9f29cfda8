using PolicyDsl.Semantics;

namespace PolicyDsl.Compilation.Fen;

/// <summary>
/// Exact money as whole numbers: a value at scale s is held as the <c>long</c> count of 10^−s yuan (scale 2 is
/// the fen, 分). Every operation is exact or throws: an <see cref="OverflowException"/> past the long's range, a
/// <see cref="FenInexactException"/> for a value with more decimals than its scale. The integer path never shows
/// either: a person it cannot settle is settled again by the <c>decimal</c> engine, the reference.
/// </summary>
internal static class FenUnits
{
    /// <summary>The most decimals any figure of a lowered policy may need (a ratio of six decimals times a ratio times money is ten).</summary>
    public const int MaxScale = 12;

    /// <summary>10^k for k = 0 … 18.</summary>
    public static readonly long[] Pow10 = Enumerable.Range(0, 19).Select(k => (long)Math.Pow(10, k)).ToArray();

    /// <summary>How many decimals a value really has: trailing zeros do not count (0.90 has one, 1800 none).</summary>
    public static int ScaleOf(decimal value)
    {
        var scale = value.Scale;
        while (scale > 0 && value * DecimalPow10[scale - 1] % 1m == 0m) scale--;
        return scale;
    }

    /// <summary>The value as units at <paramref name="scale"/>; throws when it has more decimals than that, or is too large.</summary>
    public static long FromDecimal(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var valueScale = (bits[3] >> 16) & 0xFF;
        if (bits[2] == 0 && bits[1] >= 0)
        {
            // The common case, a figure of fewer than 19 digits: integer arithmetic on its 64-bit mantissa.
            var magnitude = (long)(uint)bits[0] | ((long)bits[1] << 32);
            if (valueScale <= scale)
            {
                magnitude = checked(magnitude * Pow10[scale - valueScale]);
            }
            else
            {
                var divisor = Pow10[valueScale - scale];
                if (magnitude % divisor != 0) throw new FenInexactException(value, scale);
                magnitude /= divisor;
            }
            return bits[3] < 0 ? -magnitude : magnitude;
        }
        var scaled = value * DecimalPow10[scale];
        if (scaled != decimal.Truncate(scaled)) throw new FenInexactException(value, scale);
        return decimal.ToInt64(scaled);
    }

    /// <summary>Units at <paramref name="scale"/> as the decimal they stand for, with that many decimals.</summary>
    public static decimal ToDecimal(long units, int scale)
    {
        var magnitude = units < 0 ? (ulong)-(units + 1) + 1 : (ulong)units;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, (byte)scale);
    }

    /// <summary>The same value at a scale at least as fine: exact, or an overflow.</summary>
    public static long Align(long units, int from, int to) => to == from ? units : checked(units * Pow10[to - from]);

    /// <summary>
    /// Rounds units at <paramref name="scale"/> as <paramref name="rounding"/> says (to the fen, the jiao or the yuan,
    /// one way), giving fen: what <see cref="Rounding.Apply"/> does to the decimal.
    /// </summary>
    public static long Round(long units, int scale, FenRounding rounding)
    {
        var decimals = rounding.Decimals;
        if (scale <= decimals) return Align(units, scale, 2);
        var divisor = Pow10[scale - decimals];
        var (quotient, remainder) = Math.DivRem(units, divisor);
        var away = units < 0 ? -1L : 1L;
        var twice = Math.Abs(remainder) * 2;
        quotient += rounding.Mode switch
        {
            RoundingMode.HalfAwayFromZero => twice >= divisor ? away : 0,
            RoundingMode.HalfEven => twice > divisor || (twice == divisor && (quotient & 1) != 0) ? away : 0,
            RoundingMode.Down => 0,
            // Up is away from zero on either side, as the decimal rounding's sign-dependent direction is.
            _ => remainder != 0 ? away : 0,
        };
        return Align(quotient, decimals, 2);
    }

    /// <summary>The largest step of <paramref name="rounding"/> at or below <paramref name="limit"/> (units at <paramref name="scale"/>), in fen.</summary>
    public static long AtMost(long limit, int scale, FenRounding rounding)
    {
        var decimals = rounding.Decimals;
        if (scale <= decimals) return Align(limit, scale, 2);
        var step = Pow10[scale - decimals];
        var quotient = Math.DivRem(limit, step, out var remainder);
        if (remainder < 0) quotient--;
        return Align(quotient, decimals, 2);
    }

    private static readonly decimal[] DecimalPow10 = Enumerable.Range(0, 29).Select(k => k == 0 ? 1m : Enumerable.Repeat(10m, k).Aggregate((a, b) => a * b)).ToArray();
}

/// <summary>A <see cref="Rounding"/> with its decimals worked out once (the record compares decimals to find them).</summary>
internal readonly record struct FenRounding(int Decimals, RoundingMode Mode)
{
    public FenRounding(Rounding rounding) : this(rounding.Decimals, rounding.Mode)
    {
    }
}

/// <summary>A value with more decimals than the scale the integer path holds it at; the person is settled in <c>decimal</c> instead.</summary>
internal sealed class FenInexactException(decimal value, int scale)
    : Exception($"{value} has more than {scale} decimals");
