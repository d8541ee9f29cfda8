using PolicyDsl.Cli.Output;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli;

/// <summary>
/// Where a command writes. Standard output is buffered and released only when the command succeeds,
/// so a failed run never leaves half a table or half a CSV behind; an <c>--out</c> file likewise is
/// written only then, to a temporary file beside it that is renamed over it, so it is whole or
/// untouched. Results too many to hold are streamed: into such a temporary file from the start
/// (<see cref="CreateFile"/>), renamed or deleted the same way, or to standard output as they come
/// (<see cref="Streamed"/>). No exception reaches the user as a stack trace.
/// </summary>
internal sealed class CliOutput(TextWriter stdout, TextWriter stderr)
{
    private readonly StringWriter _buffer = new();

    private readonly List<(string Path, byte[] Contents)> _files = [];

    private readonly List<(string Path, string Temporary, StreamWriter Writer)> _streams = [];

    public TextWriter Out => _buffer;

    /// <summary>Standard output, unbuffered: for reports that are the point of a failing run (check's diagnostics).</summary>
    public TextWriter Report { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    /// <summary>
    /// Bars for long runs on standard error when it is a terminal; none otherwise (tests, pipes, logs), nor once
    /// results are streamed to a terminal (<see cref="Streamed"/>): the rows coming are the progress, and a bar
    /// redrawn among them would garble both.
    /// </summary>
    public RunProgress Progress
    {
        get => _streamedToScreen ? RunProgress.None : _progress;
        init => _progress = value;
    }

    private readonly RunProgress _progress = RunProgress.None;

    private bool _streamedToScreen;

    /// <summary>Whether standard output is a terminal.</summary>
    public bool OutIsScreen { get; init; }

    private bool _keep;

    /// <summary>
    /// Releases standard output even though the command fails: for results that are whole and mark
    /// their own failures row by row (persons that cannot be credited), so nothing half-written is lost.
    /// </summary>
    public void KeepOutput() => _keep = true;

    /// <summary>Writes <paramref name="contents"/> to <paramref name="path"/> if the command succeeds.</summary>
    public void WriteFile(string path, byte[] contents) => _files.Add((path, contents));

    /// <summary>
    /// A text file written as the command goes, for results too many to hold: written under a temporary name beside
    /// <paramref name="path"/>, and renamed over it when the command ends as <see cref="WriteFile"/> would
    /// write it, deleted otherwise, so it too is whole or untouched. The writer is closed then, not by the caller.
    /// Null, with the problem printed, when it cannot be made.
    /// </summary>
    /// <param name="encoding">UTF-8, with the byte order mark or without it, as the file's format wants</param>
    /// <param name="newLine">the file's line end (CRLF for a CSV file, which is for Excel)</param>
    public TextWriter? CreateFile(string path, System.Text.Encoding encoding, string newLine)
    {
        try
        {
            var temporary = Beside(path);
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            var writer = new StreamWriter(stream, encoding, 1 << 16) { NewLine = newLine };
            _streams.Add((path, temporary, writer));
            return writer;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            Unwritable(path, e);
            return null;
        }
    }

    /// <summary>
    /// Standard output for results too many to hold, released as they are written: what is buffered goes first.
    /// Unlike <see cref="Out"/> it cannot be withdrawn, so a command streams only once its input is read and
    /// nothing but a bug can stop it; on a pipe the reader sees where a run that breaks stopped.
    /// </summary>
    public TextWriter Streamed()
    {
        _streamedToScreen = OutIsScreen;
        Report.Write(_buffer.ToString());
        _buffer.GetStringBuilder().Clear();
        return Report;
    }

    /// <summary>A usage error found after parsing (options that contradict each other): exit 2, on stderr.</summary>
    public int Usage(string command, string message)
    {
        Error.WriteLine($"policy {command}: {message}");
        Error.WriteLine($"run 'policy {command} --help' for usage");
        return 2;
    }

    public int Run(Func<int> command)
    {
        _keep = false;
        _streamedToScreen = false;
        _files.Clear();
        _streams.Clear();
        int exit;
        try
        {
            exit = command();
        }
        catch (IOException e) when (_streams.Count > 0)
        {
            // Writing a streamed file as it goes (the disk full): the file's problem, not a bug.
            Unwritable(_streams[^1].Path, e);
            exit = 1;
        }
        catch (Exception e)
        {
            Error.WriteLine($"policy: internal error: {e.GetType().Name}: {e.Message}");
            Error.WriteLine("    this is a bug in PolicyDsl, not in your input; please report it with the command you ran");
            exit = 3;
        }
        var release = exit == 0 || (_keep && exit == 1);
        // Every streamed file is closed, and moved into place or removed, whatever else happens.
        var moved = _streams.Select(s => Finish(s.Path, s.Temporary, s.Writer, release)).ToList().All(done => done);
        if (release)
        {
            if (!moved || !_files.All(f => WriteWhole(f.Path, f.Contents))) exit = 1;
            else Report.Write(_buffer.ToString());
        }
        _buffer.GetStringBuilder().Clear();
        return exit;
    }

    private bool WriteWhole(string path, byte[] contents)
    {
        var temporary = Beside(path);
        try
        {
            File.WriteAllBytes(temporary, contents);
            File.Move(temporary, Path.GetFullPath(path), overwrite: true);
            return true;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            Remove(temporary);
            Unwritable(path, e);
            return false;
        }
    }

    /// <summary>Closes a streamed file, then renames it over <paramref name="path"/> when <paramref name="keep"/>, or removes it.</summary>
    private bool Finish(string path, string temporary, StreamWriter writer, bool keep)
    {
        try
        {
            writer.Dispose();
            if (!keep)
            {
                Remove(temporary);
                return true;
            }
            File.Move(temporary, Path.GetFullPath(path), overwrite: true);
            return true;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            Remove(temporary);
            if (keep) Unwritable(path, e);
            return !keep;
        }
    }

    /// <summary>A temporary name in the folder of <paramref name="path"/>, so that the rename is within one file system.</summary>
    private static string Beside(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
    }

    private static bool IsFileProblem(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    private static void Remove(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
        {
            // The temporary file could not be made either; there is nothing to remove.
        }
    }

    private void Unwritable(string path, Exception e)
    {
        var reason = e switch
        {
            DirectoryNotFoundException => "no such directory",
            UnauthorizedAccessException => "permission denied",
            _ => e.Message,
        };
        DiagnosticPrinter.Print(Error, new InputError(DiagnosticCatalogue.UnwritableFile, path, [reason]));
    }
}
