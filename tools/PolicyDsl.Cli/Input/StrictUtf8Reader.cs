using System.Buffers;
using System.Text.Unicode;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// A claims file's text decoded from UTF-8 as it is read, a block at a time, so a file of any size is
/// never held whole: bytes that are not UTF-8 and U+FFFD stand-ins are refused with their line and
/// column, as <see cref="InputText"/> refuses them in a file read whole (which does it for every file
/// small enough to read so: <see cref="StreamedClaims"/> asks it for the exact message).
/// </summary>
internal sealed class StrictUtf8Reader : TextReader
{
    private readonly Stream _stream;
    private readonly string _path;
    private readonly byte[] _bytes = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _finished;
    private bool _first = true;
    private long _line = 1;
    private long _column = 1;

    public StrictUtf8Reader(Stream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>Why the text stopped, once it has (the reader then reports the end of the text).</summary>
    public InputError? Problem { get; private set; }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (Problem is null)
        {
            if (_end - _start < 4 && !_finished) Fill();
            if (_start == _end && _finished) return 0;
            var status = Utf8.ToUtf16(_bytes.AsSpan(_start, _end - _start), buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _finished);
            if (status == OperationStatus.InvalidData)
            {
                Advance(buffer[..written]);
                var shown = Convert.ToHexString(_bytes, _start + read, Math.Min(2, _end - _start - read)).Insert(2, " ").Trim();
                Problem = new InputError(DiagnosticCatalogue.NotUtf8Text, $"{_path}:{_line}:{_column}", ["UTF-8", shown,
                    "save the file as UTF-8, or pass --encoding gbk or gb18030 if it is Chinese text from Windows"]);
                return 0;
            }
            _start += read;
            if (written == 0 && status == OperationStatus.NeedMoreData && !_finished) continue;
            var text = buffer[..written];
            var lost = text.IndexOf('\uFFFD');
            if (lost >= 0)
            {
                Advance(text[..lost]);
                Problem = new InputError(DiagnosticCatalogue.UnreadableCharacter, $"{_path}:{_line}:{_column}", ["a U+FFFD replacement character: bytes lost when the file was converted before"]);
                return 0;
            }
            Advance(text);
            if (written > 0) return written;
        }
        return 0;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override int Peek() => -1;

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_bytes, _start, _bytes, 0, _end - _start);
            (_end, _start) = (_end - _start, 0);
        }
        while (_end < _bytes.Length)
        {
            var got = _stream.Read(_bytes, _end, _bytes.Length - _end);
            if (got == 0)
            {
                _finished = true;
                break;
            }
            _end += got;
        }
        if (!_first) return;
        _first = false;
        // A UTF-16 mark is Excel's "Unicode text"; a UTF-8 one is Excel's "CSV UTF-8" and is skipped.
        if (_end >= 2 && (_bytes[0], _bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            Problem = new InputError(DiagnosticCatalogue.NotUtf8Text, $"{_path}:1:1", ["UTF-8", "FF FE (a UTF-16 mark: Excel's 'Unicode text')",
                "save it from Excel as 'CSV UTF-8 (逗号分隔)'"]);
        }
        else if (_end >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
        {
            _start = 3;
        }
    }

    /// <summary>Moves the line and column past <paramref name="text"/>: columns count characters, as in a file read whole.</summary>
    private void Advance(ReadOnlySpan<char> text)
    {
        var newline = text.LastIndexOf('\n');
        if (newline < 0)
        {
            _column += text.Length;
            return;
        }
        _line += text.Count('\n');
        _column = text.Length - newline;
    }
}
