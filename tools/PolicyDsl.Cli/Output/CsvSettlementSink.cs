using System.Text;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Settlements as CSV, written as they come. A batch's rows are made on every core, each core a run of
/// its persons into a piece of text kept from batch to batch (fresh strings for a million rows cost more
/// than making them), then the pieces are handed to the target in order.
/// </summary>
internal sealed class CsvSettlementSink : SettlementSink
{
    private readonly TextWriter _target;
    private readonly StringWriter[] _pieces;
    private readonly GroundsCells _grounds = new();

    public CsvSettlementSink(TextWriter target, Language language)
    {
        _target = target;
        _pieces = new StringWriter[Environment.ProcessorCount];
        for (var i = 0; i < _pieces.Length; i++) _pieces[i] = new StringWriter(new StringBuilder()) { NewLine = target.NewLine };
        CsvText.WriteHeader(_target, SettlementWriter.Columns, language);
    }

    public override void Add(IReadOnlyList<IReadOnlyList<Settlement>> persons)
    {
        var run = (persons.Count + _pieces.Length - 1) / _pieces.Length;
        Parallel.For(0, _pieces.Length, piece =>
        {
            var text = _pieces[piece];
            text.GetStringBuilder().Clear();
            for (var p = piece * run; p < Math.Min(persons.Count, (piece + 1) * run); p++)
            {
                foreach (var s in persons[p])
                {
                    var row = new CsvText.RowWriter(text);
                    SettlementWriter.Cells(s, _grounds, ref row);
                    row.End();
                }
            }
        });
        foreach (var text in _pieces) _target.Write(text.GetStringBuilder());
    }

    public override void Finish(IEnumerable<Unsettled> unsettled)
    {
        foreach (var u in unsettled) CsvText.WriteRow(_target, SettlementWriter.Columns, SettlementWriter.Row(u));
        _target.Flush();
    }
}
