using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Hosting;

/// <summary>The console host in the README compiles against the library and prints what a person would work out by hand.</summary>
[Collection("Console")]
public class ReadmeHostTests
{
    [Fact]
    public async Task TheReadmesConsoleHostRunsAndSettlesWithCarriedTotals()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var code = Regex.Match(readme, @"<!-- host-example -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline).Groups["code"].Value;
        Assert.Contains("settler.Settle(", code);
        var usings = string.Concat(Regex.Matches(code, @"^using [^\n]+\n", RegexOptions.Multiline).Select(m => m.Value));
        var body = code.Replace(usings, "").Replace("\"policies/", $"@\"{Repository.Path("policies")}/");
        var output = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            var options = ScriptOptions.Default.AddReferences(typeof(PolicyDsl.Hosting.Policy).Assembly).AddImports("System");
            exit = await CSharpScript.EvaluateAsync<int>(usings + body, options);
        }
        finally
        {
            Console.SetOut(saved);
        }
        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n');
        // 湘潭 第四条: level 2 deductible 200元 a visit, 300元 a year, 60%. 500元: deductible 200, fund 60% × 300 = 180.
        Assert.Contains("2024-03-01: fund 180.00, personal 320.00", lines);
        // 800元 a month later, with the carried totals: the level's 200元 is met, so no deductible: 60% × 800 = 480.
        // (Without them, the deductible would be charged again: 60% × 600 = 360.)
        Assert.Contains("2024-04-02: fund 480.00, personal 320.00", lines);
        Assert.Contains(lines, l => l.StartsWith("  deductible = 0.00", StringComparison.Ordinal));
    }
}
