namespace PolicyDsl.Cli.Output;

/// <summary>How results are printed.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
}
