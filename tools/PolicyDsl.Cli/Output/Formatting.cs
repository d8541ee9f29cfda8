using System.Collections.Frozen;
using System.Globalization;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>How figures read in output: money to the fen, ratios as fractions in files and percents on screen.</summary>
internal static class Formatting
{
    public static string Money(decimal yuan) => Runtime.Money.Format(yuan);

    /// <summary>Money as a JSON number with exactly two decimals (decimal keeps the scale it is parsed with).</summary>
    public static decimal MoneyValue(decimal yuan) => decimal.Parse(Runtime.Money.Format(yuan), CultureInfo.InvariantCulture);

    public static string RatioFraction(decimal ratio) => ratio.ToString("0.####", CultureInfo.InvariantCulture);

    public static string RatioPercent(decimal ratio) => (ratio * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    // A figure the policy does not have (no single ratio with bands, no cap: 上不封顶) is empty in files and
    // a dash on screen, never a sentinel such as 1亿元.
    public static string Money(decimal? yuan) => yuan is { } y ? Money(y) : "";

    public static decimal? MoneyValue(decimal? yuan) => yuan is { } y ? MoneyValue(y) : null;

    public static string RatioFraction(decimal? ratio) => ratio is { } r ? RatioFraction(r) : "";

    /// <summary>
    /// The caps that applied, in the order met: <c>100.00 (room 100.00, bit); 3000.00 (room 2900.00)</c>. "bit" marks
    /// a cap without which the fund would have been more; empty when no cap applied (上不封顶).
    /// </summary>
    public static string Caps(IReadOnlyList<Compilation.AppliedCap> caps) =>
        string.Join("; ", caps.Select(c => $"{Money(c.Limit)} (room {Money(c.Room)}{(c.Bit ? ", bit" : "")})"));

    public static string OnScreen(string figure) => figure.Length == 0 ? "—" : figure;

    /// <summary>Text for a Spectre table cell: terminal controls made visible, markup escaped.</summary>
    public static string Cell(string text) => Spectre.Console.Markup.Escape(TerminalText.Safe(text));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A level's CSV spelling, looked up once per level: every row of a settled population has one.</summary>
    public static string Level(HospitalLevel level) => LevelNames[level];

    private static readonly FrozenDictionary<HospitalLevel, string> LevelNames =
        Enum.GetValues<HospitalLevel>().ToFrozenDictionary(l => l, l => DomainVocabulary.CsvName(l));

    /// <summary>A level in a table for people: 二级 with <c>--lang zh</c>, the CSV spelling otherwise.</summary>
    public static string Level(HospitalLevel level, Language language) => language == Language.Zh ? DomainVocabulary.ChineseName(level) : Level(level);

    public static string Citations(IEnumerable<string> citations) => string.Join("; ", citations);

    public static string Assumptions(IEnumerable<Assumption> assumptions) =>
        string.Join("; ", assumptions.Select(a => $"{a.Parameter}={a.Value} (assumed: {a.Reason})"));
}
