namespace PolicyDsl.Cli.Output;

/// <summary>Where and how a command's results go: the format, the file (null: standard output), a BOM on CSV files, the headers' language.</summary>
internal sealed record OutputSettings(OutputFormat Format, string? Path = null, bool Bom = true, Language Language = Language.En)
{
    public static readonly OutputSettings Table = new(OutputFormat.Table);
}
