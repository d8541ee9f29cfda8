using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics;
using PolicyDsl.Syntax;
using PolicyDsl.Text;

namespace PolicyDsl.Tests.Support;

/// <summary>Builds policies from snippets: a header and default rules are added around what a test is about.</summary>
internal static class Policies
{
    public const string Header = """
        policy "test"
            city "测试市"
            notice "测试〔2023〕1号"
            issued 2022-12-01
            in force from 2023-01-01

        """;

    private static readonly string[] RuleNames = ["eligible", "deductible", "ratio", "cap"];
    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["eligible"] = "rule eligible = claim.amount @ 第一条",
        ["deductible"] = "rule deductible = 0元 @ 第一条",
        ["ratio"] = "rule ratio = 50% @ 第一条",
        ["cap"] = "rule cap = 1000元 @ 第一条",
    };

    /// <summary>The header, the snippet, and a default for each required rule the snippet does not define.</summary>
    public static string Complete(string snippet)
    {
        var missing = RuleNames.Where(r => !snippet.Contains($"rule {r} ")).Select(r => Defaults[r]);
        return Header + snippet.TrimEnd() + "\n" + string.Join("\n", missing) + "\n";
    }

    public static ParseResult Parse(string text) => PolicyParser.Parse(new SourceText("test.policy", text));

    public static CheckResult Check(string text) => PolicyChecker.Check(new SourceText("test.policy", text));

    /// <summary>Checks a complete policy made from the snippet and fails with every diagnostic when it has errors.</summary>
    public static CheckedPolicy Checked(string snippet)
    {
        var result = Check(Complete(snippet));
        Assert.True(result.Policy is not null, "expected no errors, got:\n" + string.Join("\n", result.Diagnostics));
        return result.Policy!;
    }

    public static IReadOnlyList<Diagnostic> Errors(string text) =>
        Check(text).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    public static CheckedPolicy FromFile(string name)
    {
        var path = Repository.Path("policies", name);
        var result = PolicyChecker.Check(new SourceText(path, File.ReadAllText(path)));
        Assert.True(result.Policy is not null, string.Join("\n", result.Diagnostics));
        return result.Policy!;
    }

    public static (IRuleEvaluator Compiled, IRuleEvaluator Interpreted) Evaluators(CheckedPolicy policy) =>
        (CompiledPolicy.Compile(policy, traced: true), new TreeWalkingEvaluator(policy));
}
