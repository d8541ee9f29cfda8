using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Settlements kept until the run ends, then written whole by <see cref="ResultOutput"/>: for the table, whose
/// columns are as wide as their widest cell, and for a workbook, which Excel caps at a million rows anyway.
/// </summary>
internal sealed class WholeSettlementSink(CliOutput output, OutputSettings settings, bool trace) : SettlementSink
{
    private readonly List<Settlement> _settled = [];

    public override void Add(IReadOnlyList<IReadOnlyList<Settlement>> persons)
    {
        foreach (var settled in persons) _settled.AddRange(settled);
    }

    public override void Finish(IEnumerable<Unsettled> unsettled)
    {
        var left = unsettled.ToList();
        ResultOutput.Write(output, settings, () => SettlementWriter.Rows(_settled, left),
            (w, f) => SettlementWriter.Write(w, _settled, f, trace, left, settings.Language), richJson: true);
    }
}
