using PolicyDsl.Cli;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// eval reads a claims CSV of any size, and its streamed <c>--out</c> file is written under a temporary name
/// beside the target and moved into place only when the run ends: whole, or nothing and no temporary file.
/// </summary>
public sealed class EvalOutFileTests : IDisposable
{
    private static readonly string Xiangtan = Repository.Path("policies", "xiangtan.policy");
    private readonly string _folder = Directory.CreateTempSubdirectory("policydsl-eval-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string[] Left() => Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void AClaimsFileLargerThanTheWholeFileLimitIsSettled()
    {
        // Few claims, each with a long column that eval does not read: over the limit in seconds, not minutes.
        var claims = Path.Combine(_folder, "claims.csv");
        var note = new string('x', 1100);
        const int rows = 61_000;
        using (var writer = new StreamWriter(claims))
        {
            writer.WriteLine("person,status,age,scheme,date,level,amount,note");
            for (var i = 0; i < rows; i++) writer.WriteLine($"P{i % 5000},employed,40,employer,2024-{1 + i / 5000 % 12:00}-{1 + i % 28:00},level2,{10 + i % 90}.50,{note}");
        }
        Assert.True(new FileInfo(claims).Length > Limits.MaxCsvFileBytes, $"the file is {new FileInfo(claims).Length:N0} bytes");
        var results = Path.Combine(_folder, "results.csv");
        var result = PolicyCommand.Run("eval", Xiangtan, "--claims", claims, "--out", results);
        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal(1 + rows, File.ReadLines(results).Count());
        Assert.Equal(["claims.csv", "results.csv"], Left());
    }

    [Fact]
    public void ALongRunShowsItsProgressAsBatchesOfPersonsSettle()
    {
        var claims = Path.Combine(_folder, "claims.csv");
        Assert.Equal(0, PolicyCommand.Run("generate-claims", "--persons", "5000", "--claims-per-person", "5", "--out", claims).Exit);
        var results = Path.Combine(_folder, "results.csv");
        var stderr = new StringWriter();
        // Standard error taken for a terminal, as the tool does when it is one.
        var exit = PolicyCli.Run(["eval", Xiangtan, "--claims", claims, "--out", results], TextWriter.Null, stderr, progress: true);
        Assert.Equal(0, exit);
        Assert.Contains("xiangtan: settling 25,000 claims", stderr.ToString());
        Assert.Contains("100%", stderr.ToString());
        Assert.Equal(1 + 25_000, File.ReadLines(results).Count());
    }

    [Fact]
    public void RowsStreamedToATerminalAreDrawnWithoutABarAmongThem()
    {
        var claims = Path.Combine(_folder, "claims.csv");
        Assert.Equal(0, PolicyCommand.Run("generate-claims", "--persons", "5000", "--claims-per-person", "5", "--out", claims).Exit);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = PolicyCli.Run(["eval", Xiangtan, "--claims", claims, "--format", "csv"], stdout, stderr, progress: true, screen: true);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr.ToString());
        Assert.Equal(1 + 25_000, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void AnOutFileThatCannotBeMovedIntoPlaceLeavesNothingBehind()
    {
        // The target is a folder: the rows are written, but the file cannot take its name when the run ends.
        var target = Directory.CreateDirectory(Path.Combine(_folder, "results.csv")).FullName;
        var result = PolicyCommand.Run("eval", Xiangtan, "--claims", Repository.Path("policies", "examples", "xiangtan-claims.csv"), "--out", target);
        Assert.Equal(1, result.Exit);
        Assert.Contains($"{target}: error PD0439: cannot write the file", result.Error);
        Assert.Equal("", result.Out);
        Assert.Equal(["results.csv"], Left());
        Assert.Empty(Directory.GetFileSystemEntries(target));
    }

    [Fact]
    public void BadClaimsLeaveNoOutFileAndNoTemporaryFile()
    {
        var claims = Path.Combine(_folder, "claims.csv");
        File.WriteAllText(claims, "person,status,age,scheme,date,level,amount\nA,employed,40,employer,2024-01-01,level9,5\n");
        var result = PolicyCommand.Run("eval", Xiangtan, "--claims", claims, "--out", Path.Combine(_folder, "results.json"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("error PD0412", result.Error);
        Assert.Equal(["claims.csv"], Left());
    }

    [Theory]
    [InlineData(0, false, true)]
    [InlineData(1, true, true)]
    [InlineData(1, false, false)]
    [InlineData(3, false, false)]
    public void AStreamedFileIsKeptOnlyWhenTheRunsOutputIs(int exit, bool keep, bool kept)
    {
        var target = Path.Combine(_folder, "results.csv");
        var output = new CliOutput(TextWriter.Null, TextWriter.Null);
        var code = output.Run(() =>
        {
            var file = output.CreateFile(target, new System.Text.UTF8Encoding(false), "\n")!;
            file.WriteLine("person,fund");
            // While the run goes on, only the temporary file exists, beside the target.
            Assert.Equal([$".results.csv."], Left().Select(n => n[..13]));
            if (keep) output.KeepOutput();
            if (exit == 3) throw new InvalidOperationException("a bug half-way through");
            file.WriteLine("A,1.00");
            return exit;
        });
        Assert.Equal(exit, code);
        Assert.Equal(kept ? new[] { "results.csv" } : [], Left());
        if (kept) Assert.Equal("person,fund\nA,1.00\n", File.ReadAllText(target));
    }
}
