using System.Buffers;
using System.Text;
using System.Text.Json;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Settlements as eval's JSON array, written as they come: one element at a time into a writer at the
/// array's depth, so the text is the one the whole array serialised at once would be; handed to the target
/// batch by batch, each piece ending with a whole element, so no character is split.
/// </summary>
internal sealed class JsonSettlementSink : SettlementSink
{
    private readonly TextWriter _target;
    private readonly bool _trace;
    private readonly ArrayBufferWriter<byte> _bytes = new(1 << 16);
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
        foreach (var s in persons.SelectMany(p => p)) JsonSerializer.Serialize(_json, SettlementWriter.JsonRow(s, _trace), SettlementWriter.JsonOptions);
        Hand();
    }

    public override void Finish(IEnumerable<Unsettled> unsettled)
    {
        foreach (var u in unsettled)
        {
            JsonSerializer.Serialize(_json, SettlementWriter.JsonRow(u), SettlementWriter.JsonOptions);
            if (_bytes.WrittenCount + _json.BytesPending > 1 << 16) Hand();
        }
        _json.WriteEndArray();
        Hand();
        _target.WriteLine();
        _target.Flush();
    }

    private void Hand()
    {
        _json.Flush();
        _target.Write(Encoding.UTF8.GetString(_bytes.WrittenSpan));
        _bytes.ResetWrittenCount();
    }
}
