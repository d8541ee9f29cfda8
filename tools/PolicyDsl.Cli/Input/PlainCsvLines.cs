using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// A UTF-8 CSV file's records as lines of bytes, read a block at a time and never decoded whole: the way
/// through for the plain file nearly every extract is (one record a line, quotes only around whole cells).
/// Anything else (a quoted cell that runs onto the next line, a stray quote, a lone carriage return, bytes
/// that are not UTF-8, a U+FFFD, a UTF-16 mark, a record longer than the block) makes it give up, and the
/// caller reads the file again with the full CSV reader, whose cells and messages are then the answer.
/// </summary>
internal static class PlainCsvLines
{
    /// <summary>Takes a record's bytes (without its line end) and its number, the header being 1; false stops the reading.</summary>
    public delegate bool Sink(ReadOnlySpan<byte> line, int number);

    private const int BlockSize = 1 << 22;

    /// <summary>
    /// Every record of the bytes from <paramref name="start"/> to <paramref name="end"/> of the file to <paramref name="sink"/>,
    /// numbered from 1; false when they are not plain or the sink stopped. A range must start at the file's start or
    /// just after a line end; only at the file's start is a byte order mark looked for.
    /// </summary>
    public static bool Read(Microsoft.Win32.SafeHandles.SafeFileHandle file, long start, long end, Sink sink)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            var (from, to, number, position) = (0, 0, 0, start);
            var (first, finished) = (start == 0, false);
            while (true)
            {
                if (from > 0)
                {
                    Buffer.BlockCopy(buffer, from, buffer, 0, to - from);
                    (to, from) = (to - from, 0);
                }
                while (to < BlockSize && !finished)
                {
                    var got = RandomAccess.Read(file, buffer.AsSpan(to, (int)Math.Min(BlockSize - to, end - position)), position);
                    if (got == 0) finished = true;
                    (to, position) = (to + got, position + got);
                }
                if (first)
                {
                    first = false;
                    if (to >= 2 && (buffer[0], buffer[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)) return false;
                    if (to >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) from = 3;
                }
                var rest = buffer.AsSpan(from, to - from);
                int newline;
                while ((newline = rest.IndexOf((byte)'\n')) >= 0)
                {
                    if (!Record(rest[..newline], ++number, sink)) return false;
                    rest = rest[(newline + 1)..];
                    from += newline + 1;
                }
                if (finished) return rest.Length == 0 || Record(rest, ++number, sink);
                // A block with no line end in it: a record this long is not a plain one.
                if (from == 0 && to == BlockSize) return false;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The offset just after the first line end at or after <paramref name="offset"/>, or −1 when there is none in the next 64 KB.</summary>
    public static long NextLineEnd(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var got = RandomAccess.Read(file, buffer.AsSpan(0, 1 << 16), offset);
            var newline = buffer.AsSpan(0, got).IndexOf((byte)'\n');
            return newline < 0 ? -1 : offset + newline + 1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool Record(ReadOnlySpan<byte> line, int number, Sink sink)
    {
        if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
        if (line.Contains((byte)'\r')) return false;
        if (!Ascii.IsValid(line) && (!Utf8.IsValid(line) || line.IndexOf("\uFFFD"u8) >= 0)) return false;
        return sink(line, number);
    }

    /// <summary>Whether a line may hold a quoted cell (so that <see cref="Cells"/> must unquote it).</summary>
    public static bool HasQuote(ReadOnlySpan<byte> line) => line.Contains((byte)'"');

    /// <summary>
    /// The cells of a line as the CSV reader gives them: split at commas, a cell in quotes unquoted (<c>""</c>
    /// is a quote); null for quoting that is not of that plain kind, which the full reader must judge.
    /// </summary>
    public static string[]? Cells(ReadOnlySpan<byte> line)
    {
        var cells = new List<string>();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var value = new ArrayBufferWriter<byte>();
                i++;
                while (true)
                {
                    var quote = line[i..].IndexOf((byte)'"');
                    // Still open at the end of the line: the cell goes on in the next one.
                    if (quote < 0) return null;
                    value.Write(line.Slice(i, quote));
                    i += quote + 1;
                    if (i < line.Length && line[i] == '"')
                    {
                        value.Write("\""u8);
                        i++;
                        continue;
                    }
                    break;
                }
                if (i < line.Length && line[i] != ',') return null;
                cells.Add(Encoding.UTF8.GetString(value.WrittenSpan));
            }
            else
            {
                var comma = line[i..].IndexOf((byte)',');
                var cell = comma < 0 ? line[i..] : line.Slice(i, comma);
                if (cell.Contains((byte)'"')) return null;
                cells.Add(Encoding.UTF8.GetString(cell));
                i += cell.Length;
            }
            if (i >= line.Length) return [.. cells];
            i++;
        }
    }
}
