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
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SystemChromium.Path(),
            Headless = true,
            // Root in CI and containers: Chromium's sandbox needs user namespaces these machines do not give.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1800 } });
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

        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report.png") });
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "report-full.png"), FullPage = true });
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the browser test took {clock.Elapsed.TotalSeconds:0.0} s; keep it under 20 s");
    }
}
