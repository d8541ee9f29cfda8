namespace PolicyDsl.Cli;

/// <summary>
/// Where a command writes. Standard output is buffered and released only when the command succeeds,
/// so a failed run never leaves half a table or half a CSV behind. No exception reaches the user as a
/// stack trace.
/// </summary>
internal sealed class CliOutput(TextWriter stdout, TextWriter stderr)
{
    private readonly StringWriter _buffer = new();

    public TextWriter Out => _buffer;

    /// <summary>Standard output, unbuffered: for reports that are the point of a failing run (check's diagnostics).</summary>
    public TextWriter Report { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    private bool _keep;

    /// <summary>
    /// Releases standard output even though the command fails: for results that are whole and mark
    /// their own failures row by row (persons that cannot be credited), so nothing half-written is lost.
    /// </summary>
    public void KeepOutput() => _keep = true;

    public int Run(Func<int> command)
    {
        _keep = false;
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
        if (exit == 0 || (_keep && exit == 1)) Report.Write(_buffer.ToString());
        _buffer.GetStringBuilder().Clear();
        return exit;
    }
}
