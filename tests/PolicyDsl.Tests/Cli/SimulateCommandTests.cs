using System.Globalization;
using System.Text.Json;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary><c>policy simulate</c>: budget totals are the sums of <c>eval</c>'s per-claim figures, groups add up to the whole, a reform shows against its baseline.</summary>
public class SimulateCommandTests
{
    private static string P(params string[] parts) => Repository.Path(["policies", .. parts]);

    private static List<JsonElement> Json(string text) => [.. JsonDocument.Parse(text).RootElement.EnumerateArray()];

    [Fact]
    public void TotalsAreTheSumsOfEvalsFiguresAndGroupsAddUpToThem()
    {
        var claims = P("examples", "claims.csv");
        var simulate = PolicyCommand.Run("simulate", P("anshan.policy"), "--claims", claims, "--by", "level,status", "--format", "json");
        Assert.True(simulate.Exit == 0, simulate.Error);
        var eval = PolicyCommand.Run("eval", P("anshan.policy"), "--claims", claims, "--format", "json");
        var settled = Json(eval.Out);
        var lines = Json(simulate.Out);
        var all = lines.Single(l => l.GetProperty("group").GetString() == "all");
        Assert.Equal(settled.Sum(s => s.GetProperty("fund").GetDecimal()), all.GetProperty("fund").GetDecimal());
        Assert.Equal(settled.Sum(s => s.GetProperty("personal").GetDecimal()), all.GetProperty("personal").GetDecimal());
        Assert.Equal(settled.Sum(s => s.GetProperty("amount").GetDecimal()), all.GetProperty("amount").GetDecimal());
        Assert.Equal(settled.Count, all.GetProperty("claims").GetInt32());
        var groups = lines.Where(l => l.GetProperty("group").GetString() != "all").ToList();
        Assert.All(groups, g => Assert.Contains(" / ", g.GetProperty("group").GetString()));
        Assert.Equal(all.GetProperty("fund").GetDecimal(), groups.Sum(g => g.GetProperty("fund").GetDecimal()));
        Assert.Equal(all.GetProperty("claims").GetInt32(), groups.Sum(g => g.GetProperty("claims").GetInt32()));
    }

    [Fact]
    public void AReformShowsAgainstItsBaselineGroupByGroup()
    {
        var result = PolicyCommand.Run("simulate", P("xiangtan.policy"), P("examples", "xiangtan-top-up.policy"),
            "--claims", P("examples", "xiangtan-claims.csv"), "--by", "level", "--format", "csv");
        Assert.True(result.Exit == 0, result.Error);
        var rows = result.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        var header = rows[0].ToList();
        string Cell(string policy, string group, string column) => rows.Single(r => r[0] == policy && r[2] == group)[header.IndexOf(column)];
        Assert.Equal("", Cell("xiangtan", "all", "fund_vs_baseline"));
        var difference = decimal.Parse(Cell("xiangtan-top-up", "all", "fund"), CultureInfo.InvariantCulture) - decimal.Parse(Cell("xiangtan", "all", "fund"), CultureInfo.InvariantCulture);
        Assert.Equal(difference, decimal.Parse(Cell("xiangtan-top-up", "all", "fund_vs_baseline"), CultureInfo.InvariantCulture));
        Assert.NotEqual(0m, difference); // the two readings of 第四条 differ on these claims
    }

    /// <summary>Integer fen is how simulate settles by default; --decimal is the reference arithmetic, to the same budget, byte for byte.</summary>
    [Fact]
    public void DecimalThroughoutGivesTheSameBudget()
    {
        var policies = new[] { "xiangtan", "anshan", "chuxiong", "jinan", "chongqing" }.Select(c => P(c + ".policy")).ToArray();
        string[] run = ["simulate", .. policies, "--claims", P("examples", "claims.csv"), "--params", P("assumptions.params"), "--by", "level,status", "--format", "csv"];
        var fen = PolicyCommand.Run(run);
        var reference = PolicyCommand.Run([.. run, "--decimal"]);
        Assert.True(fen.Exit == 0, fen.Error);
        Assert.Equal(reference.Out, fen.Out);
        Assert.True(fen.Out.Split('\n').Length > 20, fen.Out);
    }

    [Fact]
    public void AnUnknownBreakdownIsAUsageError()
    {
        var result = PolicyCommand.Run("simulate", P("anshan.policy"), "--claims", P("examples", "claims.csv"), "--by", "colour");
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("--by colour: a breakdown is by level, status, scheme, channel, place, month", result.Error);
    }

    [Fact]
    public void ClaimsAPolicyCannotSettleAreCountedApartAndTheRunFails()
    {
        // Without assumptions.params Chuxiong's unstated figures leave claims unsettled; the budget still prints.
        var result = PolicyCommand.Run("simulate", P("chuxiong.policy"), "--claims", P("examples", "claims.csv"), "--format", "json");
        Assert.Equal(1, result.Exit);
        var all = Json(result.Out).Single(l => l.GetProperty("group").GetString() == "all");
        Assert.True(all.GetProperty("unsettled").GetInt32() > 0);
        // The failure says why, on standard error, not only in a column.
        Assert.Contains($"chuxiong: {all.GetProperty("unsettled").GetInt32():N0} of ", result.Error);
        Assert.Contains("claims could not be settled; the budget counts them apart", result.Error);
    }
}
