using PolicyDsl.Fuzzing;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Hardening;

/// <summary>
/// A short, deterministic run of tools/PolicyDsl.Fuzzing in the suite: each target on its seed corpus
/// (the shipped policies, cases and CSVs, and the test data) and a fixed number of mutations of it, with
/// a fixed seed. No target may throw or stall; every input a longer run finds goes into Data/fuzz/TARGET/,
/// which is replayed here (and joins the seeds).
/// </summary>
public class FuzzTests
{
    private static IReadOnlyList<byte[]> Seeds(FuzzTarget target) => target.Seeds(Repository.Root).Select(File.ReadAllBytes).ToList();

    private static void AssertNoFindings(FuzzLoop.Summary summary)
    {
        Assert.True(summary.Findings.Count == 0, string.Join("\n---\n", summary.Findings.Take(3).Select(f =>
            $"{f.What}\ninput ({f.Input.Length} bytes, base64): {Convert.ToBase64String(f.Input.Take(2000).ToArray())}")));
    }

    [Theory]
    [InlineData("policy", 400)]
    [InlineData("csv", 150)]
    [InlineData("cases", 40)]
    public void ABoundedRunFindsNothing(string name, int inputs)
    {
        var target = FuzzTargets.Named(name);
        var seeds = Seeds(target);
        Assert.NotEmpty(seeds);
        var summary = SmallStack.Run(() => FuzzLoop.Run(target, seeds, seed: 20261201, inputs: inputs));
        Assert.Equal(inputs, summary.Inputs);
        AssertNoFindings(summary);
    }

    public static TheoryData<string, string> Regressions()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Repository.Path("tests", "PolicyDsl.Tests", "Data", "fuzz"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file))!, Path.GetRelativePath(Repository.Root, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void EveryInputFuzzingFoundStaysFixed(string target, string file)
    {
        var bytes = File.ReadAllBytes(Repository.Path(file));
        var summary = SmallStack.Run(() => FuzzLoop.Run(FuzzTargets.Named(target), [bytes], seed: 0, inputs: 1));
        AssertNoFindings(summary);
        // A rule file's first line says what the checker now reports for it ("now PD0220"): it still does.
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (target == "policy" && System.Text.RegularExpressions.Regex.Match(text.Split('\n')[0], "now (PD[0-9]{4})") is { Success: true } expected)
        {
            Assert.Contains(SmallStack.Run(() => Policies.Check(text)).Diagnostics, d => d.Id == expected.Groups[1].Value);
        }
    }

    [Fact]
    public void TheLoopReportsWhatATargetThrowsOn()
    {
        // The loop itself can fail: a target that throws on a byte the mutations insert is found.
        var planted = new FuzzTarget("planted", data => { if (data.Contains((byte)'|')) throw new InvalidOperationException("planted"); }, _ => []);
        var summary = FuzzLoop.Run(planted, ["let x = 1元\n"u8.ToArray()], seed: 3, inputs: 2000);
        Assert.NotEmpty(summary.Findings);
        Assert.StartsWith("InvalidOperationException: planted", summary.Findings[0].What);
        Assert.Contains((byte)'|', summary.Findings[0].Input);
    }

    [Fact]
    public void TheSameSeedGivesTheSameInputs()
    {
        var seen = new List<string>[] { [], [] };
        for (var run = 0; run < 2; run++)
        {
            var record = new FuzzTarget("record", data => seen[run].Add(Convert.ToBase64String(data)), _ => []);
            FuzzLoop.Run(record, ["rule cap = 1元 @ 第一条\n"u8.ToArray()], seed: 11, inputs: 200);
        }
        Assert.Equal(seen[0], seen[1]);
        Assert.True(seen[0].Distinct().Count() > 100);
    }
}
