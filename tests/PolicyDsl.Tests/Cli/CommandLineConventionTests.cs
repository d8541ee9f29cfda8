using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// The command line follows the usual conventions: an unknown option is a usage error (exit 2,
/// nothing on stdout), never a file name; bare 'policy' is a usage error with help; directories and
/// quoted globs name files; a run that fails prints nothing on stdout.
/// </summary>
[Collection(nameof(CurrentDirectory))]
public class CommandLineConventionTests
{
    private static string P(string name) => Repository.Path("policies", name);

    [Theory]
    [InlineData("check", "--frmat")]
    [InlineData("verify", "-x")]
    [InlineData("compare", "--clams")]
    public void AnUnknownOptionIsAUsageErrorNotAFileName(string command, string option)
    {
        var result = PolicyCommand.Run(command, option, P("xiangtan.policy"), "--claims", Repository.Path("policies", "examples", "xiangtan-claims.csv"));
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"policy: unknown option '{option}'", result.Error);
        Assert.DoesNotContain("PD0415", result.Error);
    }

    [Theory]
    [InlineData("emit", "cs")]
    [InlineData("scenarios")]
    [InlineData("report")]
    public void FormatWhereACommandHasNoneIsAnUnknownOptionWithTheCommandsOwnHelp(params string[] command)
    {
        // emit cs takes one file, so "--format json" used to be two unrecognised arguments and a hint for 'policy cs'.
        var result = PolicyCommand.Run([.. command, P("xiangtan.policy"), "--format", "json"]);
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Equal($"policy: unknown option '--format'\nrun 'policy {string.Join(" ", command)} --help' for usage\n", result.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void AFileNamedLikeAnOptionCanFollowTheSeparator()
    {
        var result = PolicyCommand.Run("check", "--", "--frmat");
        Assert.Equal(1, result.Exit);
        Assert.Contains("--frmat: error PD0415: cannot read the file: no such file", result.Error);
    }

    [Fact]
    public void BarePolicyPrintsHelpOnStderrAndExitsTwo()
    {
        var result = PolicyCommand.Run();
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("Usage:", result.Error);
        Assert.Contains("check <FILE>", result.Error);
    }

    [Fact]
    public void ADirectoryNamesEveryPolicyInIt()
    {
        var result = PolicyCommand.Run("check", Repository.Path("policies"));
        Assert.True(result.Exit == 0, result.Error);
        var checkedFiles = result.Out.Split('\n').Where(l => l.Contains(": ok")).Select(l => Path.GetFileName(l[..l.IndexOf(": ok")])).ToList();
        Assert.Equal(["anshan.policy", "chongqing.policy", "chuxiong.policy", "jinan.policy", "xiangtan.policy"], checkedFiles);
    }

    [Fact]
    public void AQuotedGlobIsExpandedByTheTool()
    {
        var root = Repository.Path();
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(root);
            var result = PolicyCommand.Run("check", "policies/examples/x*.policy");
            Assert.True(result.Exit == 0, result.Error);
            Assert.Equal("policies/examples/xiangtan-per-visit.policy: ok (0 warning(s))\npolicies/examples/xiangtan-top-up.policy: ok (0 warning(s))\n", result.Out);
            var absolute = PolicyCommand.Run("check", Path.Combine(root, "policies", "c*.policy"));
            Assert.Equal(2, absolute.Out.Split('\n').Count(l => l.EndsWith("ok (0 warning(s))")));
            var none = PolicyCommand.Run("check", "policies/nothing-*.policy");
            Assert.Equal(1, none.Exit);
            Assert.Equal("", none.Out);
            Assert.Contains("policies/nothing-*.policy: error: no file matches this pattern", none.Error);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("verify")]
    public void ARunWithAMissingFileWritesNothingToStdout(string command)
    {
        var result = PolicyCommand.Run(command, P("xiangtan.policy"), "missing.policy");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("missing.policy: error PD0415: cannot read the file: no such file", result.Error);
    }
}

/// <summary>Tests that change the current directory run alone: other tests read relative paths.</summary>
[CollectionDefinition(nameof(CurrentDirectory), DisableParallelization = true)]
public sealed class CurrentDirectory;

/// <summary>--format json where a command has results to give as data, and an explicit refusal where it has none.</summary>
public class JsonEverywhereTests
{
    private static string Check(string name) => Repository.Path("tests", "PolicyDsl.Tests", "Data", "check", name);

    [Fact]
    public void CheckGivesItsDiagnosticsAsJsonEvenWhenThePolicyHasErrors()
    {
        var result = PolicyCommand.Run("check", Check("clean.policy"), Check("PD0103-operator-types.policy"), "--format", "json");
        Assert.Equal(1, result.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement[0].GetProperty("errors").GetInt32());
        var first = json.RootElement[1].GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "PD0103");
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.True(first.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public void TestGivesEveryCaseAsJson()
    {
        var result = PolicyCommand.Run("test", Repository.Path("policies", "xiangtan.policy"), "--format", "json");
        Assert.True(result.Exit == 0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var cases = json.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("passed").GetInt32(), cases.Count);
        Assert.All(cases, c => Assert.True(c.GetProperty("passed").GetBoolean()));
        Assert.All(cases, c => Assert.EndsWith("xiangtan.cases", c.GetProperty("file").GetString()));
    }

    [Fact]
    public void VerifyGivesEachInvariantAsJson()
    {
        var result = PolicyCommand.Run("verify", Repository.Path("policies", "xiangtan.policy"), "--runs", "20", "--format", "json");
        Assert.True(result.Exit == 0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var policy = json.RootElement.GetProperty("policies")[0];
        var invariants = policy.GetProperty("invariants").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("passed").GetInt32(), invariants.Count);
        Assert.Equal(0, json.RootElement.GetProperty("failed").GetInt32());
        Assert.Equal(20, policy.GetProperty("runs").GetInt32());
        Assert.Contains(invariants, i => i.GetProperty("invariant").GetString() == "fund + personal = amount");
        Assert.All(invariants, i => Assert.Equal(System.Text.Json.JsonValueKind.Null, i.GetProperty("counterexample_csv").ValueKind));
    }

    [Fact]
    public void VerifyGivesAFailureAsJsonWithItsCounterexampleAndReplay()
    {
        var path = Repository.Path("tests", "PolicyDsl.Tests", "Data", "broken", "ratio-110.policy");
        var result = PolicyCommand.Run("verify", path, "--runs", "50", "--seed", "3", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var ratio = json.RootElement.GetProperty("policies")[0].GetProperty("invariants").EnumerateArray()
            .Single(i => i.GetProperty("invariant").GetString() == "ratio within [0, 1]");
        Assert.False(ratio.GetProperty("passed").GetBoolean());
        Assert.StartsWith("person,status,age,", ratio.GetProperty("counterexample_csv").GetString());
        Assert.Equal($"policy verify {path} --runs 50 --seed 3", ratio.GetProperty("replay").GetString());
    }

    [Fact]
    public void EmitWritesTheClassToAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policydsl-{Guid.NewGuid():N}.cs");
        try
        {
            var result = PolicyCommand.Run("emit", "cs", Repository.Path("policies", "xiangtan.policy"), "--out", path);
            Assert.True(result.Exit == 0, result.Error);
            Assert.Equal("", result.Out);
            Assert.Contains("static class", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
