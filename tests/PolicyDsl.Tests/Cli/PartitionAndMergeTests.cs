using PolicyDsl.Cli.Commands;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// <c>simulate --partition K/N</c> and <c>simulate --merge</c>: the parts are disjoint by person, cover the
/// population, and add up to the budget of one unpartitioned run exactly, group by group.
/// </summary>
public class PartitionAndMergeTests
{
    private static string P(params string[] parts) => Repository.Path(["policies", .. parts]);

    [Fact]
    public void ThePartsMergedAreTheWholeRunExactly()
    {
        using var claims = new TempFile(PolicyCommand.Run("generate-claims", "--persons", "400", "--seed", "3").Out);
        string[] Simulate(params string[] more) => ["simulate", P("xiangtan.policy"), P("examples", "xiangtan-top-up.policy"), "--claims", claims.Path, "--by", "level,month", "--format", "json", .. more];
        var whole = PolicyCommand.Run(Simulate());
        Assert.True(whole.Exit == 0, whole.Error);
        var parts = Enumerable.Range(0, 3).Select(k => new TempFile(PolicyCommand.Run(Simulate("--partition", $"{k}/3")).Out, ".json")).ToList();
        try
        {
            var merged = PolicyCommand.Run(["simulate", "--merge", .. parts.Select(p => p.Path), "--format", "json"]);
            Assert.True(merged.Exit == 0, merged.Error);
            Assert.Equal(whole.Out, merged.Out);
            // No part is empty or the whole: each holds some of the 400 persons.
            var persons = parts.Select(p => System.Text.Json.JsonDocument.Parse(File.ReadAllText(p.Path)).RootElement[0].GetProperty("persons").GetInt32()).ToList();
            Assert.Equal(400, persons.Sum());
            Assert.All(persons, n => Assert.InRange(n, 1, 399));
        }
        finally
        {
            foreach (var part in parts) part.Dispose();
        }
    }

    [Fact]
    public void ThePartitionHashIsFnv1aOverTheIdsUtf8Bytes()
    {
        // The published FNV-1a 32-bit test vectors: the offset basis for nothing, then "a" and "foobar".
        Assert.Equal(2166136261u, PersonPartition.Hash(""));
        Assert.Equal(0xE40C292Cu, PersonPartition.Hash("a"));
        Assert.Equal(0xBF9CF968u, PersonPartition.Hash("foobar"));
        // 0xE40C292C = 3826002220 = 4 × 956500555: part 0 of 4, part 0 of 2.
        Assert.True(new PersonPartition(0, 4).Holds("a"));
        Assert.False(new PersonPartition(1, 4).Holds("a"));
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("1")]
    [InlineData("-1/3")]
    [InlineData("a/b")]
    public void ABadPartitionIsAUsageError(string partition)
    {
        var result = PolicyCommand.Run("simulate", P("xiangtan.policy"), "--claims", P("examples", "xiangtan-claims.csv"), "--partition", partition);
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"--partition {partition}: write K/N", result.Error);
    }

    [Fact]
    public void MergingSomethingThatIsNotABudgetSaysWhereAndWritesNothing()
    {
        using var csv = new TempFile("person,date\n", ".json");
        var result = PolicyCommand.Run("simulate", "--merge", csv.Path);
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"{csv.Path}:1:1: error PD0450: this is not a budget that can be merged: it is not JSON", result.Error);
        using var lines = new TempFile("[{\"policy\": \"x\"}]", ".json");
        var missing = PolicyCommand.Run("simulate", "--merge", lines.Path);
        Assert.Contains("PD0450: this is not a budget that can be merged: a line has no 'group'", missing.Error);
    }

    [Fact]
    public void MergeTakesNoPolicyOrClaims()
    {
        var result = PolicyCommand.Run("simulate", P("xiangtan.policy"), "--merge", "a.json");
        Assert.Equal(2, result.Exit);
        Assert.Contains("--merge adds up budgets already made", result.Error);
    }
}
