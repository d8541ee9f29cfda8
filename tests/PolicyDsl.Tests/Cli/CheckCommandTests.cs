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
        var result = PolicyCommand.Run("check", Path.Combine(data, "clean.policy"), Path.Combine(data, "PD0103-operator-types.policy"), Path.Combine(data, "missing.policy"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("clean.policy: ok", result.Out);
        Assert.Contains("PD0103-operator-types.policy: 5 error(s)", result.Out);
        Assert.Contains("missing.policy: error PD0415: cannot read the file: no such file", result.Error);
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
