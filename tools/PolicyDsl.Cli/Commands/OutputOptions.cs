using System.CommandLine;
using PolicyDsl.Cli.Output;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>--format</c>, <c>--out</c>, <c>--no-bom</c> and <c>--lang</c>, for every command that prints results.
/// The format follows the file's extension when <c>--format</c> is not given; the two must agree.
/// </summary>
internal sealed class OutputOptions
{
    public Option<string> Format { get; } = CreateFormat();

    public Option<string> Out { get; } = new("--out") { Description = "write the results to this file (.csv, .json, .xlsx, or any other for --format); written whole or not at all" };

    public Option<bool> NoBom { get; } = new("--no-bom") { Description = "a CSV file without the UTF-8 byte order mark Excel needs to read Chinese" };

    public Option<string> Lang { get; } = CreateLang();

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format") { Description = "table (the default), csv, json, or xlsx (with --out)" };
        option.AcceptOnlyFromAmong("table", "csv", "json", "xlsx");
        return option;
    }

    private static Option<string> CreateLang()
    {
        var option = new Option<string>("--lang") { Description = "the language of headers: en (the default) or zh, in tables, csv and xlsx (JSON keys stay English)", DefaultValueFactory = _ => "en" };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Out);
        command.Options.Add(NoBom);
        command.Options.Add(Lang);
    }

    /// <summary>The settings, or a usage error: xlsx to the terminal, or a format the file's extension contradicts.</summary>
    public (OutputSettings? Settings, string? Error) Get(ParseResult result)
    {
        var path = result.GetValue(Out);
        var given = result.GetValue(Format) is { } name ? Parse(name) : (OutputFormat?)null;
        var byExtension = path is null ? null : System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => OutputFormat.Csv,
            ".json" => OutputFormat.Json,
            ".xlsx" => OutputFormat.Xlsx,
            _ => (OutputFormat?)null,
        };
        if (given is { } g && byExtension is { } e && g != e) return (null, $"--format {Name(g)} does not match --out {path}; leave out --format, or name the file .{Name(g)}");
        var format = given ?? byExtension ?? OutputFormat.Table;
        if (format == OutputFormat.Xlsx && path is null) return (null, "--format xlsx writes a workbook, which needs a file: add --out FILE.xlsx");
        return (new OutputSettings(format, path, !result.GetValue(NoBom), result.GetValue(Lang) == "zh" ? Language.Zh : Language.En), null);
    }

    private static OutputFormat Parse(string name) => name switch
    {
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        "xlsx" => OutputFormat.Xlsx,
        _ => OutputFormat.Table,
    };

    private static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
