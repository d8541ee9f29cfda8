using PolicyDsl.Cli.Output;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli;

/// <summary>
/// Where a command writes. Standard output is buffered and released only when the command succeeds,
/// so a failed run never leaves half a table or half a CSV behind; an <c>--out</c> file likewise is
/// written only then, to a temporary file beside it that is renamed over it, so it is whole or
/// untouched. No exception reaches the user as a stack trace.
/// </summary>
internal sealed class CliOutput(TextWriter stdout, TextWriter stderr)
{
    private readonly StringWriter _buffer = new();

    private readonly List<(string Path, byte[] Contents)> _files = [];

    public TextWriter Out => _buffer;

    /// <summary>Standard output, unbuffered: for reports that are the point of a failing run (check's diagnostics).</summary>
    public TextWriter Report { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    /// <summary>Bars for long runs on standard error when it is a terminal; none otherwise (tests, pipes, logs).</summary>
    public RunProgress Progress { get; init; } = RunProgress.None;

    private bool _keep;

    /// <summary>
    /// Releases standard output even though the command fails: for results that are whole and mark
    /// their own failures row by row (persons that cannot be credited), so nothing half-written is lost.
    /// </summary>
    public void KeepOutput() => _keep = true;

    /// <summary>Writes <paramref name="contents"/> to <paramref name="path"/> if the command succeeds.</summary>
    public void WriteFile(string path, byte[] contents) => _files.Add((path, contents));

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
        _files.Clear();
        int exit;
        try
        {
            exit = command();
        }
        catch (Exception e)
        {
            Error.WriteLine($"policy: internal error: {e.GetType().Name}: {e.Message}");
            Error.WriteLine("    this is a bug in PolicyDsl, not in your input; please report it with the command you ran");
            exit = 3;
        }
        if (exit == 0 || (_keep && exit == 1))
        {
            if (!_files.All(f => WriteWhole(f.Path, f.Contents))) exit = 1;
            else Report.Write(_buffer.ToString());
        }
        _buffer.GetStringBuilder().Clear();
        return exit;
    }

    private bool WriteWhole(string path, byte[] contents)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, contents);
            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // The temporary file could not be made either; there is nothing to remove.
            }
            var reason = e switch
            {
                DirectoryNotFoundException => "no such directory",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            DiagnosticPrinter.Print(Error, new InputError(DiagnosticCatalogue.UnwritableFile, path, [reason]));
            return false;
        }
    }
}
