using System.Diagnostics;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// Runs the built tool (<c>dotnet policy.dll …</c>) in a child process, timed on the wall clock, following its
/// peak resident memory (VmHWM in /proc, which only grows) until it ends. Shared, as a linked file, by the
/// end-to-end run here and the bounded-memory test.
/// </summary>
internal static class ChildProcess
{
    public sealed record Run(double Seconds, long PeakBytes, string Output, string Error, int Exit);

    public static Run Tool(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            Thread.Sleep(20);
        }
        process.WaitForExit();
        clock.Stop();
        return new Run(clock.Elapsed.TotalSeconds, peak, output.Result, error.Result, process.ExitCode);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0; // it has just ended
        }
    }
}
