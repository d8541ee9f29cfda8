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

    public const string DateSpellings = "write 2023-01-05, 2023/1/5, 2023.1.5 or 2023年1月5日 (a time after it, such as 2023-01-05 14:30, is allowed)";

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

    /// <summary>
    /// A date with the year first, or a date-time as Excel (<c>2023/1/5 14:30</c>) or a database export
    /// (<c>2023-01-05T14:30:00</c>, <c>+08:00</c>) writes one: the day is the one written. A time in UTC
    /// (<c>Z</c>) or another zone is refused, because the day in China may be the next one.
    /// </summary>
    public static (DateOnly Value, string? Problem) Date(string text)
    {
        var day = text;
        if (text.Contains(':'))
        {
            if (DateTime().Match(text) is not { Success: true } time) return (default, $"'{text}' is not a date; {DateSpellings}");
            var zone = time.Groups["zone"].Value;
            if (zone.Length > 0 && zone is not "+08:00" and not "+0800")
            {
                return (default, $"'{text}' is a time in {(zone == "Z" ? "UTC" : zone)}, whose day in China (UTC+8) may be another; write the local date, or the time with +08:00");
            }
            day = time.Groups["day"].Value;
        }
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

    // A day, then a 24-hour time with optional seconds and fraction, then an optional zone.
    [GeneratedRegex(@"^(?<day>\S+?)(\s+|T)([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,7})?)?(?<zone>Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex DateTime();

    /// <summary>
    /// Why an id looks like a number Excel has changed (<c>3.20102E+17</c>: an 18-digit id shown in
    /// scientific notation, its last digits lost; <c>12345.0</c>: an id read as a number), or null. Such
    /// an id may be another person's, so it is refused, never guessed back.
    /// </summary>
    public static string? DamagedNumber(string id) =>
        Scientific().IsMatch(id) ? $"'{id}' is a number in scientific notation, as Excel shows a long id stored as a number, with its last digits lost; format the column as text (设置单元格格式 → 文本) and type or import the ids again"
        : TrailingZeroFraction().IsMatch(id) ? $"'{id}' is an id written as a decimal number, as a tool that read it as a number writes it; save the ids as text"
        : null;

    [GeneratedRegex(@"^\d(\.\d+)?[eE]\+?\d+$")]
    private static partial Regex Scientific();

    [GeneratedRegex(@"^\d+\.0+$")]
    private static partial Regex TrailingZeroFraction();

    [GeneratedRegex(@"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")]
    private static partial Regex YearLast();
}
