using System.Reflection;
using System.Text.RegularExpressions;
using PolicyDsl.Diagnostics;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Semantics;

/// <summary>Every diagnostic in the catalogue is exercised by some test, and ids are unique.</summary>
public class DiagnosticCoverageTests
{
    private static readonly List<DiagnosticDescriptor> Descriptors = typeof(DiagnosticCatalogue)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToList();

    [Fact]
    public void IdsAreUniqueAndWellFormed()
    {
        Assert.Equal(Descriptors.Count, Descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(Descriptors, d => Assert.Matches("^PD0[0-5][0-9]{2}$", d.Id));
    }

    [Fact]
    public void EveryDiagnosticIsExercisedByATestOrAGoldenFile()
    {
        var testsDirectory = Repository.Path("tests", "PolicyDsl.Tests");
        var mentioned = System.IO.Directory.GetFiles(testsDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".expected"))
            .Where(f => !f.EndsWith(nameof(DiagnosticCoverageTests) + ".cs"))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "PD0[0-9]{3}").Select(m => m.Value))
            .ToHashSet();
        var untested = Descriptors.Select(d => d.Id).Where(id => !mentioned.Contains(id)).ToList();
        Assert.True(untested.Count == 0, "no test mentions: " + string.Join(", ", untested));
    }
}
