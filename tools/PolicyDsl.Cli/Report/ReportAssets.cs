namespace PolicyDsl.Cli.Report;

/// <summary>
/// The files the report inlines, embedded in the CLI assembly (see the project file), so a report is
/// one self-contained page and the tool needs no network and no files beside it.
/// </summary>
internal static class ReportAssets
{
    /// <summary>The version of the vendored Apache ECharts (Report/vendor/README.md).</summary>
    public const string EChartsVersion = "6.1.0";

    public static string ECharts => Read("PolicyDsl.Cli.Report.echarts.min.js");

    public static string Script => Read("PolicyDsl.Cli.Report.report.js");

    public static string Style => Read("PolicyDsl.Cli.Report.report.css");

    public static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is not embedded in the policy tool");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
