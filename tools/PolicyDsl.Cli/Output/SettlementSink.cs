using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Where eval's rows go as persons are settled, in settlement order: CSV and JSON are written as they come,
/// so a population of any size is never held; the table (whose column widths need every row) and a workbook
/// (at most Excel's million rows) are written whole at the end. Either way the bytes are those of
/// <see cref="SettlementWriter"/> on the whole run: settled claims first, then every unsettled one.
/// </summary>
internal abstract class SettlementSink
{
    /// <summary>The sink for <paramref name="settings"/>; null, with the problem printed, when the <c>--out</c> file cannot be made.</summary>
    public static SettlementSink? For(CliOutput output, OutputSettings settings, bool trace)
    {
        if (settings.Format is OutputFormat.Table or OutputFormat.Xlsx) return new WholeSettlementSink(output, settings, trace);
        if (ResultOutput.Streamed(output, settings) is not { } target) return null;
        return settings.Format == OutputFormat.Csv ? new CsvSettlementSink(target, settings.Language) : new JsonSettlementSink(target, trace);
    }

    /// <summary>A batch of persons' settled claims: each person's, in settlement order.</summary>
    public abstract void Add(IReadOnlyList<IReadOnlyList<Settlement>> persons);

    /// <summary>After the last person: the unsettled claims, which come last, and whatever ends the output.</summary>
    public abstract void Finish(IEnumerable<Unsettled> unsettled);
}
