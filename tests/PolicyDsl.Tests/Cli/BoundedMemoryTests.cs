using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// <c>policy simulate</c> on a claims file too large for the whole-file reader (over its 64 MB) runs, and its
/// peak resident memory, measured in a child process, stays below twice the size of the file: what its text
/// alone would take as a .NET string, before any row or claim object, so the file is never held whole (the
/// whole-file reader holds the bytes, the text and a string per cell at once). What this does not prove: memory does not stay flat, since the population is kept compactly (about
/// 25 bytes a claim, plus each person once) to be grouped by person; the second figure bounds that growth.
/// </summary>
public class BoundedMemoryTests
{
    [Fact]
    public void SimulateOnAFileLargerThanTheWholeFileLimitStaysBelowItsTextsSize()
    {
        if (!OperatingSystem.IsLinux()) return; // peak memory is read from /proc
        using var small = new TempFile("", ".csv");
        using var large = new TempFile("", ".csv");
        Assert.Equal(0, PolicyCommand.Run("generate-claims", "--persons", "25000", "--out", small.Path).Exit);
        Assert.Equal(0, PolicyCommand.Run("generate-claims", "--persons", "100000", "--out", large.Path).Exit);
        var size = new FileInfo(large.Path).Length;
        Assert.True(size > PolicyDsl.Limits.MaxCsvFileBytes, $"the large file is {size:N0} bytes");

        var (smallPeak, _) = PeakOfSimulate(small.Path);
        var (largePeak, output) = PeakOfSimulate(large.Path);
        Assert.Contains(",1200000,100000,", output);
        Assert.True(largePeak < 2 * size, $"peak {largePeak:N0} bytes for a file of {size:N0}");
        // 900,000 more claims (75,000 more persons): at most 150 bytes more each, claim and person together.
        var perClaim = (largePeak - smallPeak) / 900_000.0;
        Assert.True(perClaim < 150, $"{perClaim:N0} bytes more per claim (peaks {smallPeak:N0} and {largePeak:N0})");
    }

    private static (long Peak, string Output) PeakOfSimulate(string claims)
    {
        var run = PolicyDsl.Benchmarks.ChildProcess.Tool(Path.Combine(AppContext.BaseDirectory, "policy.dll"),
            ["simulate", Repository.Path("policies", "xiangtan.policy"), "--claims", claims, "--format", "csv"]);
        Assert.True(run.Exit == 0, run.Error);
        return (run.PeakBytes, run.Output);
    }
}
