using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// <c>policy simulate</c> on a claims file too large for the whole-file reader (over its 64 MB) runs, and its
/// peak resident memory, measured in a child process, stays below twice the size of the file: what its text
/// alone would take as a .NET string, before any row or claim object, so the file is never held whole (the
/// whole-file reader holds the bytes, the text and a string per cell at once). What this does not prove: memory does not stay flat, since the population is kept compactly (about
/// 25 bytes a claim, plus each person once) to be grouped by person; the second figure bounds that growth.
/// <c>policy eval</c> on the same files likewise, though it writes a row for every claim: its rows are written
/// as they settle, so what it holds grows as simulate's does, not with its output.
/// </summary>
public class BoundedMemoryTests(BoundedMemoryTests.Files files) : IClassFixture<BoundedMemoryTests.Files>
{
    /// <summary>The two populations, generated once for both commands.</summary>
    public sealed class Files : IDisposable
    {
        internal TempFile Small { get; } = new("", ".csv");

        internal TempFile Large { get; } = new("", ".csv");

        public Files()
        {
            Assert.Equal(0, PolicyCommand.Run("generate-claims", "--persons", "25000", "--out", Small.Path).Exit);
            Assert.Equal(0, PolicyCommand.Run("generate-claims", "--persons", "100000", "--out", Large.Path).Exit);
        }

        public void Dispose()
        {
            Small.Dispose();
            Large.Dispose();
        }
    }

    [Fact]
    public void SimulateOnAFileLargerThanTheWholeFileLimitStaysBelowItsTextsSize()
    {
        if (!OperatingSystem.IsLinux()) return; // peak memory is read from /proc
        var size = new FileInfo(files.Large.Path).Length;
        Assert.True(size > PolicyDsl.Limits.MaxCsvFileBytes, $"the large file is {size:N0} bytes");

        var (smallPeak, _) = Peak("simulate", files.Small.Path, "--format", "csv");
        var (largePeak, output) = Peak("simulate", files.Large.Path, "--format", "csv");
        Assert.Contains(",1200000,100000,", output);
        Assert.True(largePeak < 2 * size, $"peak {largePeak:N0} bytes for a file of {size:N0}");
        // 900,000 more claims (75,000 more persons): at most 150 bytes more each, claim and person together.
        var perClaim = (largePeak - smallPeak) / 900_000.0;
        Assert.True(perClaim < 150, $"{perClaim:N0} bytes more per claim (peaks {smallPeak:N0} and {largePeak:N0})");
    }

    [Fact]
    public void EvalOnAFileLargerThanTheWholeFileLimitHoldsNoMoreThanSimulate()
    {
        if (!OperatingSystem.IsLinux()) return; // peak memory is read from /proc
        using var results = new TempFile("", ".csv");
        var (smallPeak, _) = Peak("eval", files.Small.Path, "--out", results.Path);
        var (largePeak, _) = Peak("eval", files.Large.Path, "--out", results.Path);
        Assert.Equal(1 + 1_200_000, File.ReadLines(results.Path).Count());
        // Before it streamed, eval held about 2.4 KB a claim (1.6 GB for 660,000); now the population's store and one batch.
        var perClaim = (largePeak - smallPeak) / 900_000.0;
        Assert.True(perClaim < 150, $"{perClaim:N0} bytes more per claim (peaks {smallPeak:N0} and {largePeak:N0})");
    }

    private static (long Peak, string Output) Peak(string command, string claims, params string[] options)
    {
        var run = PolicyDsl.Benchmarks.ChildProcess.Tool(Path.Combine(AppContext.BaseDirectory, "policy.dll"),
            [command, Repository.Path("policies", "xiangtan.policy"), "--claims", claims, .. options]);
        Assert.True(run.Exit == 0, run.Error);
        return (run.PeakBytes, run.Output);
    }
}
