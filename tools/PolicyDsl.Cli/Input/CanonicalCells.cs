using System.Numerics;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The plain forms nearly every cell of a machine-written extract takes (2024-03-05, 1234.56, true): read
/// without the search through Excel's spellings, formats and patterns. Anything else, a bad cell included,
/// is left to <see cref="CellParser"/>, so what is accepted and every message stay exactly its. Written once
/// over the character type: decoded text (<see cref="char"/>) and a file's UTF-8 bytes (<see cref="byte"/>)
/// are read by the same lines, so the byte-level reader cannot come to accept anything else.
/// </summary>
internal static class CanonicalCells
{
    public static bool TryDate(string text, out DateOnly date) => TryDate(text.AsSpan(), out date);

    public static bool TryMoney(string text, out decimal value) => TryMoney(text.AsSpan(), out value);

    /// <summary>yyyy-MM-dd, a real day of a year from 1.</summary>
    public static bool TryDate<T>(ReadOnlySpan<T> text, out DateOnly date) where T : unmanaged, IBinaryInteger<T>
    {
        date = default;
        if (text.Length != 10 || Code(text[4]) != '-' || Code(text[7]) != '-') return false;
        if (!Digits(text.Slice(0, 4), out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Digits, then at most two decimals after a point, below a trillion: the same decimal, scale and all, as parsing it.</summary>
    public static bool TryMoney<T>(ReadOnlySpan<T> text, out decimal value) where T : unmanaged, IBinaryInteger<T>
    {
        value = 0m;
        if (!TryMoneyUnits(text, out var units, out var scale)) return false;
        value = new decimal((int)(units & 0xFFFF_FFFF), (int)(units >> 32), 0, false, (byte)scale);
        return true;
    }

    /// <summary>The amount as <see cref="TryMoney{T}"/> reads it, in fen: exact, since it has at most two decimals.</summary>
    public static bool TryFen<T>(ReadOnlySpan<T> text, out long fen) where T : unmanaged, IBinaryInteger<T>
    {
        fen = 0;
        if (!TryMoneyUnits(text, out var units, out var scale)) return false;
        fen = scale switch { 0 => units * 100, 1 => units * 10, _ => units };
        return true;
    }

    /// <summary>An age as <see cref="CellReader"/> reads one (digits only), when it is written with at most three.</summary>
    public static bool TryWholeNumber<T>(ReadOnlySpan<T> text, out int number) where T : unmanaged, IBinaryInteger<T>
    {
        number = 0;
        return text.Length is >= 1 and <= 3 && Digits(text, out number);
    }

    private static bool TryMoneyUnits<T>(ReadOnlySpan<T> text, out long units, out int scale) where T : unmanaged, IBinaryInteger<T>
    {
        units = 0;
        var point = text.IndexOf(T.CreateTruncating('.'));
        var whole = point < 0 ? text.Length : point;
        scale = point < 0 ? 0 : text.Length - point - 1;
        if (whole is < 1 or > 12 || scale > 2 || (point >= 0 && scale == 0)) return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (i == point) continue;
            var c = Code(text[i]);
            if (c is < '0' or > '9') return false;
            units = units * 10 + (c - '0');
        }
        return true;
    }

    private static int Code<T>(T c) where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(c);

    private static bool Digits<T>(ReadOnlySpan<T> text, out int number) where T : unmanaged, IBinaryInteger<T>
    {
        number = 0;
        foreach (var t in text)
        {
            var c = Code(t);
            if (c is < '0' or > '9') return false;
            number = number * 10 + (c - '0');
        }
        return true;
    }
}
