using System.Globalization;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary><c>policy generate-claims</c>: the same file for the same seed, in date order, read and settled by eval.</summary>
public class GenerateClaimsCommandTests
{
    private static string[] Rows(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void TheSameSeedGivesTheSameFileAndAnotherSeedAnother()
    {
        var first = PolicyCommand.Run("generate-claims", "--persons", "50", "--seed", "7");
        var again = PolicyCommand.Run("generate-claims", "--persons", "50", "--seed", "7");
        var other = PolicyCommand.Run("generate-claims", "--persons", "50", "--seed", "8");
        Assert.True(first.Exit == 0, first.Error);
        Assert.Equal(first.Out, again.Out);
        Assert.NotEqual(first.Out, other.Out);
        Assert.Equal(1 + 50 * 12, Rows(first.Out).Length);
    }

    [Fact]
    public void ByDateTheRowsAreInDateOrderAndByPersonEachPersonsClaimsAreTogether()
    {
        var byDate = Rows(PolicyCommand.Run("generate-claims", "--persons", "40", "--claims-per-person", "5", "--year", "2023").Out).Skip(1).Select(r => r.Split(',')).ToList();
        var dates = byDate.Select(r => DateOnly.ParseExact(r[4], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.All(dates, d => Assert.Equal(2023, d.Year));
        var byPerson = Rows(PolicyCommand.Run("generate-claims", "--persons", "40", "--claims-per-person", "5", "--year", "2023", "--order", "person").Out).Skip(1).Select(r => r.Split(',')).ToList();
        var persons = byPerson.Select(r => r[0]).ToList();
        Assert.Equal(40, persons.Distinct().Count());
        Assert.Equal(persons.Order(StringComparer.Ordinal), persons);
        // The same claims either way: only the order differs.
        Assert.Equal(byDate.Select(r => string.Join(',', r)).Order(StringComparer.Ordinal), byPerson.Select(r => string.Join(',', r)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheMixHasEveryStatusGradeChannelAndAmountsWithFen()
    {
        var rows = Rows(PolicyCommand.Run("generate-claims", "--persons", "500").Out).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(["employed", "retired"], rows.Select(r => r[1]).Distinct().Order());
        Assert.Equal(["level1", "level2", "level3", "primary"], rows.Select(r => r[5]).Distinct().Order());
        Assert.Equal(["internet", "onsite", "pharmacy"], rows.Select(r => r[7]).Distinct().Order());
        Assert.Contains(rows, r => !r[6].EndsWith(".00", StringComparison.Ordinal));
        Assert.Equal(12, rows.Select(r => r[4][..7]).Distinct().Count());
        var retired = rows.DistinctBy(r => r[0]).Count(r => r[1] == "retired") / 500.0;
        Assert.InRange(retired, 0.2, 0.4);
    }

    [Fact]
    public void EvalSettlesTheFileItWrites()
    {
        using var file = new TempFile("", ".csv");
        var generate = PolicyCommand.Run("generate-claims", "--persons", "30", "--out", file.Path);
        Assert.True(generate.Exit == 0, generate.Error);
        Assert.Equal("", generate.Out);
        var eval = PolicyCommand.Run("eval", Repository.Path("policies", "xiangtan.policy"), "--claims", file.Path, "--format", "csv");
        Assert.True(eval.Exit == 0, eval.Error);
        Assert.Equal(1 + 30 * 12, Rows(eval.Out).Length);
    }

    [Fact]
    public void ABadCountIsAUsageError()
    {
        var result = PolicyCommand.Run("generate-claims", "--persons", "0");
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("--persons", result.Error);
    }
}
