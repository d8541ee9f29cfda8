using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>`policy check` over several files, and over the shipped policies.</summary>
public class CheckCommandTests
{
    [Fact]
    public void ShippedPoliciesCheckClean()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("policies"), "*.policy"))
        {
            var result = PolicyCommand.Run("check", file);
            Assert.True(result.Exit == 0, result.Out + result.Error);
            Assert.EndsWith(": ok (0 warning(s))\n", result.Out);
        }
    }

    [Fact]
    public void SeveralFilesExitOneWhenAnyHasErrors()
    {
        var data = Repository.Path("tests", "PolicyDsl.Tests", "Data", "check");
        var result = PolicyCommand.Run("check", Path.Combine(data, "clean.policy"), Path.Combine(data, "PD0103-operator-types.policy"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("clean.policy: ok", result.Out);
        Assert.Contains("PD0103-operator-types.policy: 5 error(s)", result.Out);
        // A file that cannot be read is bad input: the run reports nothing on stdout, not a partial report.
        var missing = PolicyCommand.Run("check", Path.Combine(data, "clean.policy"), Path.Combine(data, "missing.policy"));
        Assert.Equal(1, missing.Exit);
        Assert.Equal("", missing.Out);
        Assert.Contains("missing.policy: error PD0415: cannot read the file: no such file", missing.Error);
    }

    [Fact]
    public void InvalidUtf8IsReportedWithItsPosition()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policydsl-{Guid.NewGuid():N}.policy");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes("policy \"x\"\n  city \"a"), 0xFF, 0xFE, (byte)'"', (byte)'\n']);
        try
        {
            var result = PolicyCommand.Run("check", path);
            Assert.Equal(1, result.Exit);
            Assert.Contains(":2:10: error PD0006: this is not UTF-8 text (character U+FFFD)", result.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>Output stays proportionate to what helps: a hundred diagnostics per file, long lines shown as a window.</summary>
public class CheckOutputLimitTests
{
    [Fact]
    public void PastAHundredDiagnosticsTheRestAreCounted()
    {
        var lets = string.Concat(Enumerable.Range(0, 150).Select(i => $"let x{i} = y{i} @ 第一条\n"));
        using var file = new TempFile(Policies.Complete(lets), ".policy");
        var result = PolicyCommand.Run("check", file.Path);
        Assert.Equal(1, result.Exit);
        // 150 unknown names (errors) and 150 unused lets (warnings): 300, of which 100 are printed.
        Assert.Equal(100, result.Out.Split('\n').Count(l => l.Contains(": error PD") || l.Contains(": warning PD")));
        Assert.Contains("and 200 more, not shown (the first 100 are above)", result.Out);
        Assert.Contains(": 150 error(s), 150 warning(s)", result.Out);
    }

    [Fact]
    public void ALongLineIsShownAsAWindowAroundTheCaret()
    {
        // ASCII only, so characters and terminal columns coincide; under the 200-level nesting limit.
        var sum = string.Join(" + ", Enumerable.Repeat("a", 90));
        using var file = new TempFile(Policies.Complete($"let a = 1元 @ 第一条\nrule cap = {sum} + nothing + {sum} @ 第一条"), ".policy");
        var result = PolicyCommand.Run("check", file.Path);
        var lines = result.Out.Split('\n');
        var shown = lines.Single(l => l.Contains("+ nothing"));
        Assert.True(shown.Length < 200, $"{shown.Length} characters shown");
        Assert.StartsWith("    …", shown);
        var caret = lines[Array.IndexOf(lines, shown) + 1];
        Assert.Equal(shown.IndexOf("nothing", StringComparison.Ordinal), caret.IndexOf('^'));
    }
}
