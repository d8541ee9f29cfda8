namespace PolicyDsl.Cli.Input;

/// <summary>
/// The plain forms nearly every cell of a machine-written extract takes (2024-03-05, 1234.56, true): read
/// without the search through Excel's spellings, formats and patterns. Anything else, a bad cell included,
/// is left to <see cref="CellParser"/>, so what is accepted and every message stay exactly its.
/// </summary>
internal static class CanonicalCells
{
    /// <summary>yyyy-MM-dd, a real day of a year from 1.</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Digits, then at most two decimals after a point, below a trillion: the same decimal, scale and all, as parsing it.</summary>
    public static bool TryMoney(string text, out decimal value)
    {
        value = 0m;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text.Length : point;
        var scale = point < 0 ? 0 : text.Length - point - 1;
        if (whole is < 1 or > 12 || scale > 2 || (point >= 0 && scale == 0)) return false;
        long units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i == point) continue;
            var c = text[i];
            if (c is < '0' or > '9') return false;
            units = units * 10 + (c - '0');
        }
        value = new decimal((int)(units & 0xFFFF_FFFF), (int)(units >> 32), 0, false, (byte)scale);
        return true;
    }

    private static bool Digits(string text, int start, int count, out int number)
    {
        number = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9') return false;
            number = number * 10 + (text[i] - '0');
        }
        return true;
    }
}
