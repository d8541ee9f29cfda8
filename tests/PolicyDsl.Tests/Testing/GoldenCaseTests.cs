using PolicyDsl.Testing;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Testing;

/// <summary>Every golden case shipped beside a policy passes; and the runner does catch a wrong expectation.</summary>
public class GoldenCaseTests
{
    private static readonly string Policies = Repository.Path("policies");

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        // Examples (other readings, the rules a notice replaces, language examples) are held to the same standard.
        foreach (var file in Directory.GetFiles(Policies, "*.cases", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var (cases, _) = CaseFileParser.Parse(file, File.ReadAllText(file));
            for (var i = 0; i < cases.Cases.Count; i++) data.Add(Path.GetRelativePath(Policies, file), i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CasePasses(string file, int index)
    {
        var path = Path.Combine(Policies, file);
        var (cases, errors) = CaseFileParser.Parse(path, File.ReadAllText(path));
        Assert.Empty(errors);
        var policy = Support.Policies.FromFile(Path.ChangeExtension(file, ".policy"));
        var result = new CaseRunner(policy, Path.GetFileNameWithoutExtension(file)).Run(cases.Cases[index]);
        Assert.True(result.Passed, $"{file}:{result.Case.Line} {result.Case.Name}\n" + string.Join("\n", result.Differences));
    }

    [Fact]
    public void EveryCityHasAtLeastTwentyFiveCases()
    {
        foreach (var file in Directory.GetFiles(Policies, "*.policy"))
        {
            var casesPath = Path.ChangeExtension(file, ".cases");
            Assert.True(File.Exists(casesPath), $"no golden cases beside {file}");
            Assert.True(CaseFileParser.Parse(casesPath, File.ReadAllText(casesPath)).File.Cases.Count >= 25, casesPath);
        }
    }

    [Fact]
    public void AWrongExpectationFailsWithTheLineAndBothValues()
    {
        var policy = Support.Policies.FromFile("xiangtan.policy");
        var (file, _) = CaseFileParser.Parse("t.cases", """
            case "wrong on purpose"
                person A employed 45 employer base 6000
                claim A 2023-01-05 level2 500.00 => fund 181.00 deductible 200.00
                year A 2023 => fund 1.00
                account A 2023-05 => 121.00
            """);
        var result = new CaseRunner(policy, "xiangtan").Run(file.Cases.Single());
        Assert.Equal([
            "line 3: fund expected 181.00, got 180.00",
            "line 4: 2023 total fund expected 1.00, got 180.00",
            "line 5: credit expected 121.00, got 120.00",
        ], result.Differences);
    }

    [Fact]
    public void ExpectedErrorsMustHappen()
    {
        var policy = Support.Policies.FromFile("xiangtan.policy");
        var (file, _) = CaseFileParser.Parse("t.cases", "case \"x\"\n    person A employed 45 employer\n    claim A 2023-01-05 level2 500.00 => error PD0303\n");
        Assert.Equal(["line 3: expected error PD0303, got a settlement"], new CaseRunner(policy, "xiangtan").Run(file.Cases.Single()).Differences);
    }

    [Theory]
    [InlineData("case \"x\"\n    person A emp 45 employer\n", "t.cases:2:14", "PD0501")]
    [InlineData("case \"x\"\n    claim Z 2023-01-01 level2 5 => fund 1\n", "t.cases:2", "PD0502")]
    [InlineData("    person A employed 45 employer\n", "t.cases:1", "PD0503")]
    [InlineData("case \"x\"\n    person A employed 45 employer\n    person A retired 70 employer\n", "t.cases:3", "PD0504")]
    [InlineData("case \"x\"\n    person A employed 45 employer\n    claim A 2023-02-30 level2 500.00 => fund 1\n", "t.cases:3", "PD0505")]
    [InlineData("case \"x\"\n    person A employed 45 employer\n    claim A 2023-02-01 level2 500.00 => fund 1 fund 2\n", "t.cases:3", "PD0505")]
    [InlineData("case \"x\"\n    person A employed 99999999999 employer\n", "t.cases:2", "PD0505")]
    [InlineData("case \"x\"\n    person A employed 45 employer\n    year A 2023 => cap 1\n", "t.cases:3:20", "PD0501")]
    public void BadLinesAreReportedWithTheirPosition(string text, string location, string id)
    {
        var error = Assert.Single(CaseFileParser.Parse("t.cases", text).Errors);
        Assert.Equal((location, id), (error.Location, error.Id));
    }

    [Fact]
    public void ACaseWithNothingToCheckFails()
    {
        var (file, _) = CaseFileParser.Parse("t.cases", "case \"empty\"\n    person A employed 45 employer\n");
        Assert.False(new CaseRunner(Support.Policies.FromFile("xiangtan.policy"), "xiangtan").Run(file.Cases.Single()).Passed);
    }
}
