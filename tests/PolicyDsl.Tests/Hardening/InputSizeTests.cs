using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Hardening;

/// <summary>
/// Issue 11, item 6: every file the command reads whole is read up to its kind's limit (PD0419), never whole
/// first; a claims CSV that eval or simulate streams has no limit, and ends at a row too long to be one.
/// /dev/zero as a rule file once took 4 GB and ended in an internal error.
/// </summary>
public class InputSizeTests
{
    private static readonly string Policy = Repository.Path("policies", "xiangtan.policy");
    private static readonly string Claims = Repository.Path("policies", "examples", "claims.csv");

    public static TheoryData<string, string[]> EveryKind() => new()
    {
        { "rule", ["check", "FILE"] },
        { "params", ["eval", Policy, "--claims", Claims, "--params", "FILE"] },
        // compare reads its claims whole; eval and simulate stream a CSV of any size (below).
        { "claims", ["compare", Policy, "--claims", "FILE"] },
        { "persons", ["account", Policy, "--persons", "FILE", "--month", "2023-05"] },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void AnEndlessFileIsRefusedAtTheLimit(string kind, string[] args)
    {
        if (!File.Exists("/dev/zero")) return; // no such device on this system
        var result = PolicyCommand.Run(args.Select(a => a == "FILE" ? "/dev/zero" : a).ToArray());
        Assert.Equal(1, result.Exit);
        Assert.Contains($"/dev/zero: error PD0419: the file is larger than ", result.Error);
        Assert.Contains($"bytes, the most a {kind} file may be", result.Error);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void AFileOverTheLimitIsRefusedBeforeItIsRead(string kind, string[] args)
    {
        // A sparse file one byte over the limit: refused by its length, so the test reads nothing.
        var limit = kind is "claims" or "persons" ? Limits.MaxCsvFileBytes : Limits.MaxTextFileBytes;
        using var big = new TempFile("", kind == "rule" ? ".policy" : ".csv");
        using (var stream = File.OpenWrite(big.Path)) stream.SetLength(limit + 1);
        var result = PolicyCommand.Run(args.Select(a => a == "FILE" ? big.Path : a).ToArray());
        Assert.Equal(1, result.Exit);
        Assert.Contains($"error PD0419: the file is larger than {limit:N0} bytes, the most a {kind} file may be", result.Error);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("simulate")]
    public void AStreamedEndlessFileEndsAtItsFirstRowWithAClearError(string command)
    {
        if (!File.Exists("/dev/zero")) return; // no such device on this system
        // No line end ever comes, so the first row outgrows the reader's buffer: refused there, never read whole.
        var result = PolicyCommand.Run(command, Policy, "--claims", "/dev/zero");
        Assert.Equal(1, result.Exit);
        Assert.Contains("/dev/zero:1: error PD0416: this is not well-formed CSV", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void ACaseFileOverTheLimitIsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("policydsl-cases-");
        try
        {
            File.Copy(Policy, Path.Combine(folder.FullName, "x.policy"));
            using (var stream = File.OpenWrite(Path.Combine(folder.FullName, "x.cases"))) stream.SetLength(Limits.MaxTextFileBytes + 1);
            var result = PolicyCommand.Run("test", Path.Combine(folder.FullName, "x.cases"));
            Assert.Equal(1, result.Exit);
            Assert.Contains("the most a case file may be", result.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AFileAtTheLimitIsRead()
    {
        // Exactly the limit: read, and the parser then says what it makes of it (too many characters).
        using var big = new TempFile(new string(' ', (int)Limits.MaxTextFileBytes), ".policy");
        var result = PolicyCommand.Run("check", big.Path);
        Assert.Equal(1, result.Exit);
        Assert.Contains("error PD0005", result.Out + result.Error);
        Assert.DoesNotContain("PD0419", result.Out + result.Error);
    }
}
