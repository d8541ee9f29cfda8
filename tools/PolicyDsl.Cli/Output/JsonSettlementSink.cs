using System.Buffers;
using System.Text;
using System.Text.Json;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Settlements as eval's JSON array, written as they come: one element at a time into a writer at the
/// array's depth, so the text is the one the whole array serialised at once would be; handed to the target
/// in pieces that each end with a whole element, so no character is split.
/// </summary>
internal sealed class JsonSettlementSink : SettlementSink
{
    private const int Piece = 1 << 16;

    private readonly TextWriter _target;
    private readonly bool _trace;
    private readonly ArrayBufferWriter<byte> _bytes = new(2 * Piece);
    private readonly Utf8JsonWriter _json;

    public JsonSettlementSink(TextWriter target, bool trace)
    {
        _target = target;
        _trace = trace;
        _json = new Utf8JsonWriter(_bytes, SettlementWriter.JsonWriting);
        _json.WriteStartArray();
    }

    public override void Add(IReadOnlyList<IReadOnlyList<Settlement>> persons)
    {
        foreach (var s in persons.SelectMany(p => p)) Write(SettlementWriter.JsonRow(s, _trace));
    }

    public override void Finish(IEnumerable<Unsettled> unsettled)
    {
        foreach (var u in unsettled) Write(SettlementWriter.JsonRow(u));
        _json.WriteEndArray();
        Hand();
        _target.WriteLine();
        _target.Flush();
    }

    /// <summary>One element; handed on once the text passes a piece's size, so a batch's JSON (tens of megabytes with traces) is never held.</summary>
    private void Write(object row)
    {
        JsonSerializer.Serialize(_json, row, SettlementWriter.JsonOptions);
        if (_bytes.WrittenCount + _json.BytesPending >= Piece) Hand();
    }

    private void Hand()
    {
        _json.Flush();
        _target.Write(Encoding.UTF8.GetString(_bytes.WrittenSpan));
        _bytes.ResetWrittenCount();
    }
}
