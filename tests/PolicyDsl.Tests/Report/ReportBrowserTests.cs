using System.Diagnostics;
using Microsoft.Playwright;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Report;

/// <summary>
/// Opens the five cities' report in headless Chromium from a file:// URL, as a director would offline,
/// and reads what the page really drew: ECharts' own instances, and the tables as rendered.
/// </summary>
public class ReportBrowserTests
{
    private static readonly string[] Cities = ["anshan", "chongqing", "chuxiong", "jinan", "xiangtan"];

    [Fact]
    public async Task TheReportOpensOfflineWithOneLinePerCityInEveryChart()
    {
        var clock = Stopwatch.StartNew();
        var file = ReportCommandTests.FiveCities.Value;
        var url = new Uri(file).AbsoluteUri;
        var page = await SharedBrowser.NewPageAsync();
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });

        Assert.Empty(problems);
        Assert.Equal([url], requests);                                              // the file itself, nothing else
        var series = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('div.chart[data-chart]')].map(el => echarts.getInstanceByDom(el).getOption().series.map(s => s.name))");
        Assert.Equal(4 * 3, series.Length);                                          // 4 levels × 3 typical persons
        Assert.All(series, names => Assert.Equal(Cities.Length, names.Length));
        Assert.All(series, names => Assert.All(Cities, city => Assert.Single(names, n => n.Contains(city, StringComparison.Ordinal))));
        Assert.All(series, names => Assert.Contains("楚雄彝族自治州 chuxiong ⚠", names));   // its figures rest on assumed values
        // The x axis runs over the whole grid, 0 to 20,000元, from the data rather than a figure fixed in the script.
        Assert.Equal(20000, await page.EvaluateAsync<int>("() => echarts.getInstanceByDom(document.querySelector('div.chart')).getOption().xAxis[0].max"));

        // The tables as shown: every city's row in every table, a figure at each spend point.
        var cells = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('table.figures tbody tr')].map(tr => [tr.dataset.policy, ...[...tr.querySelectorAll('td[data-spend]')].map(td => td.innerText)])");
        Assert.Equal(12 * Cities.Length, cells.Length);
        Assert.All(cells, row => Assert.Equal(1 + 5, row.Length));
        Assert.All(cells, row => Assert.All(row.Skip(1), figure => Assert.Matches(@"^\d+\.\d\d( ⚠)?$", figure)));
        // Xiangtan, employed, 二级, 2000元: 60% × (2000 − 200) = 1080 (worked in ReportCommandTests).
        Assert.Equal("1080.00", await page.InnerTextAsync("table.figures[data-chart='chart-level2-employed45'] tr[data-policy='xiangtan'] td[data-spend='2000']"));

        // The claims section's charts: fund by level, by status, persons by band of personal burden; a bar series per city.
        var bars = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('div.chart[data-bars]')].map(el => [el.id, ...echarts.getInstanceByDom(el).getOption().series.map(s => s.name)])");
        Assert.Equal(["by-level", "by-status", "burden"], bars.Select(b => b[0]));
        Assert.All(bars, b => Assert.Equal(Cities.Length, b.Length - 1));

        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report.png") });
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report-full.png"), FullPage = true });

        // Hovering a point shows its trace: Xiangtan, employed, 二级, 2000元 (the grid's fifth point).
        var tip = await Tooltip(page, "chart-level2-employed45", series: 4, point: 4);
        Assert.Contains("湘潭市 xiangtan: 1080.00元", tip);
        Assert.Contains("统筹基金 fund: 180.00 + 300.00 + 300.00 + 300.00 = 1080.00", tip);
        Assert.Contains("依据 articles: 第四条（二）", tip);
        Assert.Contains("依据 articles:", await Tooltip(page, "by-level", series: 4, point: 0));

        await page.Locator("#by-level").HoverAsync(new() { Position = new() { X = 160, Y = 200 } });       // a tooltip as a reader sees it
        await page.Locator("#claims").ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report-claims-hover.png") });
        await HideTooltips(page);
        await page.Locator("#rules").ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report-rules.png") });
        await page.Locator("#claims").ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report-claims.png") });

        // The reform against its baseline, in the same browser: the change against spend, one line per typical person and level that changes.
        var reform = new Uri(ReportSectionsTests.Reform.Value).AbsoluteUri;
        requests.Clear();
        await page.GotoAsync(reform, new() { WaitUntil = WaitUntilState.Load });
        Assert.Empty(problems);
        Assert.Equal([reform], requests);
        var delta = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('delta-xiangtan-per-visit')).getOption().series.map(s => s.name)");
        Assert.Equal(["在职职工 45岁 二级医疗机构", "退休人员 68岁 二级医疗机构", "退休人员 75岁 二级医疗机构"], delta);
        Assert.Contains("-60.00元", await Tooltip(page, "delta-xiangtan-per-visit", series: 0, point: 1));
        await HideTooltips(page);
        await page.Locator("#baseline").ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report-baseline.png") });
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the browser test took {clock.Elapsed.TotalSeconds:0.0} s; keep it under 30 s");
    }

    private static async Task HideTooltips(IPage page)
    {
        await page.Mouse.MoveAsync(0, 0);
        await page.EvaluateAsync("() => document.querySelectorAll('div.chart').forEach(el => echarts.getInstanceByDom(el)?.dispatchAction({ type: 'hideTip' }))");
    }

    /// <summary>The tooltip's text as ECharts shows it when a point is hovered (asked through its own action, as a mouse would).</summary>
    private static async Task<string> Tooltip(IPage page, string chart, int series, int point)
    {
        await page.Locator($"#{chart}").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync($"() => echarts.getInstanceByDom(document.getElementById('{chart}')).dispatchAction({{ type: 'showTip', seriesIndex: {series}, dataIndex: {point} }})");
        var tip = page.Locator($"#{chart} div[style*='z-index']").Last;
        await tip.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3000 });
        return await tip.InnerTextAsync();
    }
}
