using PolicyDsl.Cli.Serve;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Serve;

/// <summary>The workbench's views: the report's sections over the directory's saved files, made again when a file changes.</summary>
public sealed class WorkbenchViewsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("policydsl-views-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private WorkbenchAnalysis Analysis()
    {
        foreach (var name in new[] { "xiangtan.policy", "chongqing.policy" }) File.Copy(Repository.Path("policies", name), Path.Combine(_root, name), overwrite: true);
        return new WorkbenchAnalysis(new WorkbenchFiles(_root), []);
    }

    private static decimal? Top(WorkbenchViews views, string policy) =>
        views.Data!.Charts.Single(c => c.Id == "chart-level2-employed45").Series.Single(s => s.Policy == policy).Data[^1][1];

    [Fact]
    public void EveryFileIsAColumnOfTheRulesAndALineOfEachOfTheTwelveCharts()
    {
        var views = WorkbenchViews.Of(Analysis());
        Assert.Equal(2024, views.Year);
        Assert.Empty(views.Skipped);
        Assert.Contains("<th data-policy=\"chongqing\">", views.Html);
        Assert.Contains("<td data-policy=\"xiangtan\">", views.Html);
        Assert.Contains("id=\"scenarios\"", views.Html);
        Assert.Equal(12, views.Data!.Charts.Count);
        Assert.All(views.Data.Charts, c => Assert.Equal(["chongqing", "xiangtan"], c.Series.Select(s => s.Policy)));
        Assert.Equal(1500m, Top(views, "xiangtan"));
    }

    [Fact]
    public void ASavedChangeIsSeenAtOnceAndTheOtherFilesAreNotSettledAgain()
    {
        var analysis = Analysis();
        WorkbenchViews.Of(analysis);
        var (before, _) = analysis.Directory();
        var first = (Chongqing: analysis.Settle(before.Single(l => l.Relative == "chongqing.policy"), 2024), Xiangtan: analysis.Settle(before.Single(l => l.Relative == "xiangtan.policy"), 2024));
        var text = File.ReadAllText(Path.Combine(_root, "xiangtan.policy"));
        Assert.Null(analysis.Files.Write("xiangtan.policy", text.Replace("| Employed -> 1500元", "| Employed -> 1800元")));
        var after = WorkbenchViews.Of(analysis);
        Assert.Equal(1800m, Top(after, "xiangtan"));
        Assert.Contains("<b>1800元</b>", after.Html);
        Assert.DoesNotContain("<b>1500元</b>", after.Html);
        // Chongqing's file did not change: its grid is the very one settled before; Xiangtan's was settled again.
        var (loaded, _) = analysis.Directory();
        Assert.Same(first.Chongqing, analysis.Settle(loaded.Single(l => l.Relative == "chongqing.policy"), 2024));
        Assert.NotSame(first.Xiangtan, analysis.Settle(loaded.Single(l => l.Relative == "xiangtan.policy"), 2024));
    }

    [Fact]
    public void AFileThatDoesNotCheckIsLeftOutWithWhyAndNoCommonYearStillShowsTheRules()
    {
        var analysis = Analysis();
        File.WriteAllText(Path.Combine(_root, "broken.policy"), "policy \"x\"\n  city \"y\"\n");
        var views = WorkbenchViews.Of(analysis);
        Assert.Contains(views.Skipped, s => s.StartsWith("broken.policy: ", StringComparison.Ordinal) && !s.Contains(_root));
        Assert.Equal(12, views.Data!.Charts.Count);

        var text = File.ReadAllText(Path.Combine(_root, "xiangtan.policy"));
        File.WriteAllText(Path.Combine(_root, "xiangtan.policy"), text.Replace("in force from 2022-10-01", "in force from 2022-10-01 until 2023-06-30"));
        var apart = WorkbenchViews.Of(analysis);
        Assert.Null(apart.Year);
        Assert.Null(apart.Data);
        Assert.Contains("<td data-policy=\"xiangtan\">", apart.Html);
        Assert.Contains(apart.Skipped, s => s.Contains("2023", StringComparison.Ordinal));
    }
}
