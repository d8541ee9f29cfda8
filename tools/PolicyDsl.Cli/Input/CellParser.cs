using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Cell text as analysts' spreadsheets write it, read where it can mean one thing only: <c>¥1,200.00</c>,
/// <c>2023年1月5日</c>, <c>是</c>. What could mean two things (<c>1/5/2023</c>, <c>1,20</c>) is refused,
/// and every refusal lists what is accepted.
/// </summary>
internal static partial class CellParser
{
    public const string MoneySpellings = "write yuan as 1200.00, \"1,200.00\", ¥1200.00, ￥1200.00 or 1200元";

    public const string DateSpellings = "write 2023-01-05, 2023/1/5, 2023.1.5 or 2023年1月5日";

    public const string BoolSpellings = "write true/false, TRUE/FALSE, 是/否, yes/no or 1/0";

    /// <summary>The cell with full-width digits, ％ and ideographic spaces as their ASCII forms, as rule files read them.</summary>
    public static string Normal(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u3000', '\uFFFF') >= 0 ? new(text.Select(c => Syntax.Lexical.CharClass.UnambiguousFullWidth(c) ?? c).ToArray()) : text;

    /// <summary>Yuan: not negative, at most two decimals (fen), below a trillion.</summary>
    public static (decimal Value, string? Problem) Money(string text)
    {
        var number = text;
        if (number.Length > 0 && number[0] is '¥' or '￥') number = number[1..].TrimStart();
        if (number.EndsWith('元')) number = number[..^1].TrimEnd();
        if (number.StartsWith('-') || number.StartsWith('−') || (number.StartsWith('(') && number.EndsWith(')'))) return (0, $"'{text}' is negative");
        if (number.Contains(','))
        {
            // Thousands in groups of three only: "1,20" may be a decimal comma, "12,00,000" a lakh grouping.
            if (!Grouped().IsMatch(number)) return (0, $"'{text}' has a comma out of place (thousands are grouped in threes: 1,200.00); {MoneySpellings}");
            number = number.Replace(",", "");
        }
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (0, $"'{text}' is not an amount in yuan; {MoneySpellings}");
        }
        if (value != Math.Round(value, 2)) return (0, $"'{text}' has more than two decimals (the fen is the smallest unit)");
        if (value >= 1_000_000_000_000m) return (0, $"'{text}' is too large");
        return (value, null);
    }

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    /// <summary>A date with the year first; Excel's " 0:00" after it (a date-time cell saved as CSV) is allowed when it is midnight.</summary>
    public static (DateOnly Value, string? Problem) Date(string text)
    {
        var day = text.Contains(':') ? Midnight().Replace(text, "") : text;
        if (DateOnly.TryParseExact(day, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return (date, null);
        if (YearLast().IsMatch(day)) return (default, $"'{text}' puts the year last, so day and month could be either way round; {DateSpellings}");
        return (default, $"'{text}' is not a date; {DateSpellings}");
    }

    public static (bool Value, string? Problem) Bool(string text) => text.ToLowerInvariant() switch
    {
        "true" or "是" or "yes" or "1" => (true, null),
        "false" or "否" or "no" or "0" => (false, null),
        _ => (false, $"'{text}' is not true or false; {BoolSpellings}"),
    };

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"\s+0{1,2}:00(:00)?$")]
    private static partial Regex Midnight();

    [GeneratedRegex(@"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")]
    private static partial Regex YearLast();
}
