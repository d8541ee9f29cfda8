using Microsoft.Playwright;
using PolicyDsl.Cli.Serve;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Serve;

/// <summary>
/// The workbench in headless Chromium, its server on 127.0.0.1 on a free port: a type error typed into the editor is
/// squiggled at its exact span with the checker's code, fixing it clears it, a figure or a let shows its article on
/// hover, and saving writes the file and refreshes the report's views (the rules side by side, every scenario chart
/// and table) from it, traces included.
/// </summary>
public class WorkbenchBrowserTests
{
    [Fact]
    public async Task TypingAnErrorShowsItWhereItIsFixingClearsItAndSavingRefreshesTheViews()
    {
        var directory = Directory.CreateTempSubdirectory("policydsl-serve-").FullName;
        try
        {
            foreach (var name in new[] { "xiangtan.policy", "chongqing.policy" }) File.Copy(Repository.Path("policies", name), Path.Combine(directory, name));
            await using var workbench = await Workbench.StartAsync(directory, port: 0, []);
            Assert.StartsWith("http://127.0.0.1:", workbench.Url);
            var page = await SharedBrowser.NewPageAsync(1500, 1000);
            var problems = new List<string>();
            var requests = new List<string>();
            page.Console += (_, m) => { if (m.Type is "error" or "warning") problems.Add($"console {m.Type}: {m.Text}"); };
            page.PageError += (_, e) => problems.Add($"page error: {e}");
            page.Request += (_, r) => requests.Add(r.Url);
            var response = await page.GotoAsync(workbench.Url);
            // Scripts run by their hashes alone, so markup in the views pane can run none.
            var policy = (await response!.AllHeadersAsync())["content-security-policy"];
            Assert.Matches("script-src ('sha256-[A-Za-z0-9+/=]+' ?){4};", policy);
            Assert.DoesNotContain("unsafe-inline';", policy.Split("style-src")[0]);
            await page.WaitForFunctionAsync("() => document.body.dataset.checks === '1' && document.body.dataset.views === '1'");

            // The report's views over both files: the rules side by side, and a chart per level and typical person with a line per city.
            Assert.Equal(["chongqing", "xiangtan"], await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#views .catalogue thead th[data-policy]')].map(th => th.dataset.policy)"));
            Assert.Contains("1500元", await page.InnerTextAsync("#views .catalogue tr[data-kind='cap'] td[data-policy='xiangtan']"));
            var series = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('#views div.chart')].map(el => echarts.getInstanceByDom(el).getOption().series.length)");
            Assert.Equal(Enumerable.Repeat(2, 12), series);
            await page.SelectOptionAsync("#file", "xiangtan.policy");
            await page.WaitForFunctionAsync("() => window.workbench && window.workbench.editor.text().includes('湘潭') && document.body.dataset.diagnostics === '0'");

            // Type a money-plus-ratio after 二级's deductible: PD0103 on the '+' itself.
            var text = File.ReadAllText(Path.Combine(directory, "xiangtan.policy"));
            var at = text.IndexOf("200元", StringComparison.Ordinal) + "200元".Length;
            await page.EvaluateAsync($"() => {{ const v = window.workbench.editor.view; v.focus(); v.dispatch({{ selection: {{ anchor: {at} }} }}); }}");
            await page.Keyboard.TypeAsync(" + 60%");
            await page.WaitForSelectorAsync("#diagnostics li[data-id='PD0103']");
            var diagnostic = page.Locator("#diagnostics li[data-id='PD0103']");
            Assert.Equal($"{at + 1}", await diagnostic.GetAttributeAsync("data-from"));
            Assert.Equal($"{at + 2}", await diagnostic.GetAttributeAsync("data-to"));
            Assert.Contains("operator '+' cannot be applied to Money and Ratio", await diagnostic.InnerTextAsync());
            Assert.Equal("+", await page.InnerTextAsync(".cm-lintRange-error"));   // the squiggle under exactly that character
            var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(artifacts);
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "workbench-error.png") });

            for (var i = 0; i < " + 60%".Length; i++) await page.Keyboard.PressAsync("Backspace");
            await page.WaitForFunctionAsync("() => document.body.dataset.diagnostics === '0'");
            Assert.Equal(0, await page.Locator(".cm-lintRange-error").CountAsync());

            // Hover on a figure: its rule and article (第四条: 起付标准金额累计不超过300元).
            var limit = text.IndexOf("300元 @ 第四条", StringComparison.Ordinal) + 1;
            var box = await page.EvaluateAsync<double[]>($"() => {{ const c = window.workbench.editor.view.coordsAtPos({limit}); return [c.left + 2, (c.top + c.bottom) / 2]; }}");
            await page.Mouse.MoveAsync((float)box[0], (float)box[1]);
            await page.WaitForSelectorAsync(".hover-text");
            Assert.Contains("deductible: 300元 · 依据 第四条", await page.InnerTextAsync(".hover-text"));

            // Hover on a let, where a rule uses it and where it is declared: its figures and their articles.
            var used = text.IndexOf("levelDeductible claim.level", StringComparison.Ordinal) + 3;
            Assert.Contains("levelDeductible (level: Level): Money", await Hover(page, used));
            Assert.Contains("deductible: 200元 · 医院等级 = 二级 · 依据 第四条（二）", await page.InnerTextAsync(".hover-text"));
            var declared = text.IndexOf("let yearlyDeductibleLimit", StringComparison.Ordinal) + "let ".Length + 5;
            var let = await Hover(page, declared);
            Assert.Contains("let yearlyDeductibleLimit: Money\n起付标准累计不超过300元（第四条）。", let);
            Assert.Contains("deductible: 300元 · 依据 第四条", let);

            // Raise the employed cap 1500元 → 1800元 and save with Ctrl+S: the file changes and the views are refreshed from it.
            var employed = text.IndexOf("1500元", StringComparison.Ordinal);
            await page.EvaluateAsync($"() => {{ const v = window.workbench.editor.view; v.focus(); v.dispatch({{ selection: {{ anchor: {employed}, head: {employed + "1500元".Length} }} }}); }}");
            await page.Keyboard.TypeAsync("1800元");
            await page.Keyboard.PressAsync("Control+s");
            await page.WaitForFunctionAsync("() => document.body.dataset.views === '2'");
            Assert.Contains("| Employed -> 1800元", File.ReadAllText(Path.Combine(directory, "xiangtan.policy")));
            Assert.Equal(["chongqing.policy", "xiangtan.policy"], Directory.GetFiles(directory).Select(Path.GetFileName).Order());
            // Employed at a 二级 hospital, 20000元 a year: 60% × (20000 − 200) = 11880, now capped at 1800 (was 1500).
            var top = await page.EvaluateAsync<double>(
                "() => echarts.getInstanceByDom(document.getElementById('chart-level2-employed45')).getOption().series.find(s => s.name.includes('xiangtan')).data.at(-1)[1]");
            Assert.Equal(1800, top);
            var cap = await page.InnerTextAsync("#views .catalogue tr[data-kind='cap'] td[data-policy='xiangtan']");
            Assert.Contains("1800元", cap);
            Assert.DoesNotContain("1500元", cap);
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "workbench-rules.png") });
            await page.EvaluateAsync("() => document.getElementById('chart-level2-employed45').closest('.block').scrollIntoView()");
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "workbench.png") });
            // The table beside the chart, and the chart's tooltip, carry the new figure's trace.
            var cell = page.Locator("#views table[data-chart='chart-level2-employed45'] tr[data-policy='xiangtan'] td[data-spend='20000']");
            Assert.Equal("1800.00", await cell.InnerTextAsync());
            Assert.Contains("年度限额 cap: 1800.00，已达到 reached", await cell.GetAttributeAsync("title"));
            await page.Mouse.MoveAsync(0, 0);
            await page.Locator("#chart-level2-employed45").ScrollIntoViewIfNeededAsync();
            await page.EvaluateAsync("() => echarts.getInstanceByDom(document.getElementById('chart-level2-employed45')).dispatchAction({ type: 'showTip', seriesIndex: 1, dataIndex: 40 })");
            var tip = page.Locator("#chart-level2-employed45 div[style*='z-index']").Last;
            await tip.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3000 });
            Assert.Contains("年度限额 cap: 1800.00", await tip.InnerTextAsync());

            Assert.Empty(problems);
            Assert.All(requests, r => Assert.StartsWith(workbench.Url, r));             // only its own server

            // A handler in the views' markup does not run: the policy allows only the page's own scripts.
            await page.EvaluateAsync("() => document.getElementById('views').insertAdjacentHTML('afterbegin', '<button id=\"probe\" onclick=\"window.ran = 1\">probe</button>')");
            await page.ClickAsync("#probe");
            Assert.True(await page.EvaluateAsync<bool>("() => window.ran === undefined"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Moves the pointer off any tooltip, then onto the editor's text at <paramref name="offset"/>: the hover's text.</summary>
    private static async Task<string> Hover(IPage page, int offset)
    {
        await page.Mouse.MoveAsync(0, 0);
        await page.WaitForSelectorAsync(".hover-text", new() { State = WaitForSelectorState.Detached });
        var box = await page.EvaluateAsync<double[]>($"() => {{ const c = window.workbench.editor.view.coordsAtPos({offset}); return [c.left + 2, (c.top + c.bottom) / 2]; }}");
        await page.Mouse.MoveAsync((float)box[0], (float)box[1]);
        await page.WaitForSelectorAsync(".hover-text");
        return await page.InnerTextAsync(".hover-text");
    }
}
