using System.Reflection;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Hardening;

/// <summary>
/// The limits live in one place (<see cref="Limits"/>) and the guide lists every one, with the value the
/// code enforces: a limit changed in the code and not in the guide fails here.
/// </summary>
public class LimitsTests
{
    public static TheoryData<string> Names() => new(typeof(Limits).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void TheGuideListsEachLimitWithItsValue(string name)
    {
        var value = Convert.ToInt64(typeof(Limits).GetField(name)!.GetValue(null), System.Globalization.CultureInfo.InvariantCulture);
        var guide = File.ReadAllText(Repository.Path("policies", "README.md"));
        var table = guide[guide.IndexOf("### Limits", StringComparison.Ordinal)..guide.IndexOf("## 13.", StringComparison.Ordinal)];
        Assert.Contains($"| {value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}", table);
    }

    [Fact]
    public void TheStagesUseTheLimitsNotTheirOwnNumbers()
    {
        Assert.Equal(Limits.MaxPolicyChars, PolicyDsl.Syntax.PolicyParser.MaxLength);
        Assert.Equal(Limits.MaxSyntaxDepth, PolicyDsl.Syntax.PolicyParser.MaxDepth);
        Assert.Equal(Limits.MaxBracketNesting, PolicyDsl.Syntax.Lexical.LexicalScanner.MaxNesting);
        Assert.Equal(Limits.MaxDiagnosticsPrinted, PolicyDsl.Cli.Output.DiagnosticPrinter.MaxPerFile);
        // Names at the limit stay inside C#'s 1,023 UTF-8 bytes with an escape (3 bytes a Chinese character).
        Assert.True(3 * Limits.MaxNameLength + 2 <= 1023);
        Assert.True(Limits.MaxTextFileBytes >= 3L * Limits.MaxPolicyChars);
    }

    [Fact]
    public void CheckPrintsAtMostTheLimitOfDiagnostics()
    {
        var text = Policies.Complete(string.Concat(Enumerable.Range(0, Limits.MaxDiagnosticsPrinted + 5).Select(i => $"let v{i} = missing{i} @ 第一条\n")));
        using var file = new TempFile(text, ".policy");
        var result = PolicyCommand.Run("check", file.Path);
        Assert.Equal(Limits.MaxDiagnosticsPrinted, result.Out.Split('\n').Count(l => l.Contains(": error PD", StringComparison.Ordinal) || l.Contains(": warning PD", StringComparison.Ordinal)));
        Assert.Contains($"not shown (the first {Limits.MaxDiagnosticsPrinted} are above)", result.Out);
    }
}
