using Microsoft.Win32.SafeHandles;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// A plain claims file (<see cref="PlainCsvLines"/>) read on every core: the header first, then the rest cut at
/// line ends into a part per core, each part read into a store of its own by <see cref="CompactRows"/>, the rows it
/// does not take kept aside as cells. The parts are then added in file order, row for row, each row kept aside read
/// the full way in its place: persons, rows and errors come out numbered and ordered as one reading from the top has them.
/// </summary>
internal static class PlainClaimsFile
{
    /// <summary>A part smaller than this is not worth a thread of its own.</summary>
    private const long MinPartBytes = 8L << 20;

    /// <param name="header">takes the header's cells, and says whether to go on</param>
    /// <param name="compactInto">the byte-level reader for a part's store, once the header is known (null: every row the full way)</param>
    /// <param name="store">where the claims go</param>
    /// <param name="row">reads a row the full way, with its number in the file, into <paramref name="store"/> or the errors</param>
    /// <param name="parts">how many parts to read at once; 0 for one per core, each of at least 8 MB</param>
    /// <returns>Plain is false when the file is not plain after all (the caller reads it again with the full reader);
    /// the problem is the file's own (it cannot be opened, it is empty).</returns>
    public static (bool Plain, InputError? Problem) Read(string path, Func<string[], bool> header, Func<ClaimStore, CompactRows?> compactInto,
        ClaimStore store, Action<RawRow> row, int parts)
    {
        var (file, unopened) = Open(path);
        if (file is null) return (true, unopened);
        using var owned = file;
        var length = RandomAccess.GetLength(file);
        // Nothing, or no length to cut at (a device, a pipe: /dev/zero never ends): the full reader's, a block at a time.
        if (length == 0) return (false, null);
        var headerEnd = PlainCsvLines.NextLineEnd(file, 0);
        var (sawHeader, goOn) = (false, false);
        var headerOk = PlainCsvLines.Read(file, 0, headerEnd < 0 ? length : headerEnd, (line, number) =>
        {
            // A header too long for one block makes this a second record: the full reader's, like any long record.
            if (number > 1) return false;
            sawHeader = true;
            // The full reader guesses the separator from the header: a header with another candidate in it is its to read.
            if (line.IndexOfAny("\t;|"u8) >= 0 || !line.Contains((byte)',') || PlainCsvLines.Cells(line) is not { } cells) return false;
            // A header with errors stops the reading: the full reader stops there too, and says what else it has seen.
            return goOn = header(cells);
        });
        if (!headerOk) return (false, null);
        if (!sawHeader) return (true, new InputError(DiagnosticCatalogue.EmptyInput, path, []));
        if (!goOn || headerEnd < 0) return (true, null);
        var bounds = Bounds(file, headerEnd, length, parts > 0 ? parts : (int)Math.Clamp((length - headerEnd) / MinPartBytes, 1, Environment.ProcessorCount));
        var read = new Part[bounds.Count - 1];
        var allPlain = true;
        Parallel.For(0, read.Length, new ParallelOptions { MaxDegreeOfParallelism = read.Length }, k =>
        {
            // The first part's lines follow the header, so its rows are numbered in the file from the start.
            read[k] = Part.Read(file, bounds[k], bounds[k + 1], compactInto, k == 0 ? 1 : 0);
            if (!read[k].Plain) allPlain = false;
        });
        if (!allPlain) return (false, null);
        // The first part's rows are numbered in the file already; each later part's from its own start.
        read[0].Rows.AddTo(store, 0, row);
        var offset = 1 + read[0].Lines;
        foreach (var part in read.Skip(1))
        {
            part.Rows.AddTo(store, offset, row);
            offset += part.Lines;
        }
        return (true, null);
    }

    /// <summary>Where each part starts, and the file's end: cut at the first line end after each equal share (fewer parts when lines are long).</summary>
    private static List<long> Bounds(SafeFileHandle file, long start, long end, int count)
    {
        var bounds = new List<long> { start };
        for (var k = 1; k < count; k++)
        {
            var cut = PlainCsvLines.NextLineEnd(file, start + (end - start) * k / count);
            if (cut > bounds[^1] && cut < end) bounds.Add(cut);
        }
        bounds.Add(end);
        return bounds;
    }

    private static (SafeFileHandle? File, InputError? Problem) Open(string path)
    {
        try
        {
            if (Directory.Exists(path)) return (null, new InputError(DiagnosticCatalogue.UnreadableFile, path, ["it is a directory, not a file"]));
            return (File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, InputText.ReadBytes(path, InputKind.Claims).Error);
        }
    }

    /// <summary>One part read: its rows (<see cref="StorePart"/>), whether it was plain, and how many lines it has.</summary>
    private sealed class Part
    {
        public StorePart Rows { get; } = new();
        public bool Plain { get; private set; }
        public int Lines { get; private set; }

        /// <param name="offset">added to each line's number within the part, where it is known already (the first part's)</param>
        public static Part Read(SafeFileHandle file, long start, long end, Func<ClaimStore, CompactRows?> compactInto, int offset)
        {
            var part = new Part();
            var compact = compactInto(part.Rows.Store);
            part.Plain = PlainCsvLines.Read(file, start, end, (line, number) =>
            {
                part.Lines = number;
                if (compact?.TryAdd(line, offset + number) == true) return true;
                if (PlainCsvLines.Cells(line) is not { } cells) return false;
                part.Rows.Aside(new RawRow(offset + number, cells));
                return true;
            });
            return part;
        }
    }
}
