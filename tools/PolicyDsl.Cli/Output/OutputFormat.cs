namespace PolicyDsl.Cli.Output;

/// <summary>How results are written.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
    /// <summary>An Excel workbook; only into a file (<c>--out FILE.xlsx</c>).</summary>
    Xlsx,
}
