using PolicyDsl.Compilation;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary><c>policy script</c>: the shipped what-ifs run and give hand-checked answers; a broken script fails like a broken rule file.</summary>
[Collection("Console")]
public class ScriptCommandTests
{
    private static string Example(string name) => Repository.Path("policies", "examples", name);

    [Fact]
    public void RaisingXiangtansCapShowsTheBudgetImpact()
    {
        var result = PolicyCommand.Run("script", Example("raise-cap.csx"));
        Assert.True(result.Exit == 0, result.Error);
        // xiangtan-cap-claims.csv. X001 (employed, level 2): 2000元 → deductible 200, 60% × 1800 = 1080; 2000元 → the level's 200 is met,
        // 60% × 2000 = 1200 but the cap leaves 1500 − 1080 = 420. X002 (retired, level 1): no deductible, 70% × 1000 = 700.
        Assert.Contains("fund with the 1500元 cap: 2200.00", result.Out);      // 1080 + 420 + 700
        Assert.Contains("fund with a 1800元 cap: 2500.00", result.Out);        // 1080 + 720 + 700
        Assert.Contains("budget impact: +300.00 (1 gaining: X001)", result.Out);
    }

    [Fact]
    public void TheScriptTakesItsArguments()
    {
        var result = PolicyCommand.Run("script", Example("raise-cap.csx"), Example("xiangtan-cap-claims.csv"), "2000");
        Assert.True(result.Exit == 0, result.Error);
        Assert.Contains("budget impact: +500.00", result.Out); // the second claim's 1200 now fits in 2000 − 1080 = 920: +500
    }

    [Fact]
    public void WhoReachesACapUnderEachCity()
    {
        var result = PolicyCommand.Run("script", Example("cap-reached.csx"));
        Assert.True(result.Exit == 0, result.Error);
        var lines = result.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("湘潭市: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("⚠ rests on assumed figures"));
    }

    [Fact]
    public void TheDeductibleGridAt400IsAnshansOwnResult()
    {
        var result = PolicyCommand.Run("script", Example("deductible-grid.csx"));
        Assert.True(result.Exit == 0, result.Error);
        var rows = result.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(["0", "200", "400", "600", "800"], rows.Select(r => r[0]));
        var funds = rows.Select(r => decimal.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(funds.OrderByDescending(f => f), funds); // a higher deductible never pays more
        // The 400 row is the shipped policy itself, settled directly.
        var eval = PolicyCommand.Run("eval", Repository.Path("policies", "anshan.policy"), "--claims", Example("claims.csv"), "--format", "json");
        Assert.True(eval.Exit == 0, eval.Error);
        using var json = System.Text.Json.JsonDocument.Parse(eval.Out);
        Assert.Equal(json.RootElement.EnumerateArray().Sum(e => e.GetProperty("fund").GetDecimal()), funds[2]);
    }

    /// <summary>Runs a throw-away script; the path is in the result's messages.</summary>
    private static (string Path, (int Exit, string Out, string Error) Result) RunScript(string code)
    {
        var path = Path.Combine(Path.GetTempPath(), $"script-{Guid.NewGuid():N}.csx");
        File.WriteAllText(path, code);
        try
        {
            var result = PolicyCommand.Run("script", path);
            return (path, (result.Exit, result.Out, result.Error));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ACompileErrorIsReportedAtFileLineColumnAndNothingRuns()
    {
        var (path, result) = RunScript("Console.WriteLine(\"started\");\nvar x = notDefined + 1;\n");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"{path}:2:9: error CS0103: The name 'notDefined' does not exist in the current context", result.Error);
    }

    [Fact]
    public void AScriptThatThrowsStopsWithItsLineAndNoStackTraceOrOutput()
    {
        var (_, result) = RunScript("Console.WriteLine(\"half a report\");\nthrow new InvalidOperationException(\"no such city\");\n");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("error: the script stopped: InvalidOperationException: no such city (at line 2)", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void ABadFileTheScriptReadsIsPrintedLikeTheToolPrintsIt()
    {
        var (_, result) = RunScript("var p = LoadPolicy(\"no-such.policy\");\n");
        Assert.Equal(1, result.Exit);
        Assert.Contains("PD0415", result.Error);
        Assert.Contains("no-such.policy: the policy has errors", result.Error);
    }
}
