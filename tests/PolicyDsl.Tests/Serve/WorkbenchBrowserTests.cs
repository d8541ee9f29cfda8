using Microsoft.Playwright;
using PolicyDsl.Cli.Serve;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Serve;

/// <summary>
/// The workbench in headless Chromium, its server on 127.0.0.1 on a free port: a type error typed into the editor is
/// squiggled at its exact span with the checker's code, fixing it clears it, a figure shows its article on hover,
/// and saving writes the file and redraws the chart from it.
/// </summary>
public class WorkbenchBrowserTests
{
    [Fact]
    public async Task TypingAnErrorShowsItWhereItIsFixingClearsItAndSavingRedrawsTheChart()
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
            await page.GotoAsync(workbench.Url);
            await page.WaitForFunctionAsync("() => document.body.dataset.checks === '1' && document.body.dataset.charts === '1'");
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

            // Raise the employed cap 1500元 → 1800元 and save with Ctrl+S: the file changes and the chart is redrawn from it.
            var cap = text.IndexOf("1500元", StringComparison.Ordinal);
            await page.EvaluateAsync($"() => {{ const v = window.workbench.editor.view; v.focus(); v.dispatch({{ selection: {{ anchor: {cap}, head: {cap + "1500元".Length} }} }}); }}");
            await page.Keyboard.TypeAsync("1800元");
            await page.Keyboard.PressAsync("Control+s");
            await page.WaitForFunctionAsync("() => document.body.dataset.charts === '2'");
            Assert.Contains("| Employed -> 1800元", File.ReadAllText(Path.Combine(directory, "xiangtan.policy")));
            Assert.Equal(["chongqing.policy", "xiangtan.policy"], Directory.GetFiles(directory).Select(Path.GetFileName).Order());
            // Employed at a 二级 hospital, 20000元 a year: 60% × (20000 − 200) = 11880, now capped at 1800 (was 1500).
            var top = await page.EvaluateAsync<double>(
                "() => echarts.getInstanceByDom(document.getElementById('chart')).getOption().series.find(s => s.name.includes('xiangtan')).data.at(-1)[1]");
            Assert.Equal(1800, top);
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "workbench.png") });

            Assert.Empty(problems);
            Assert.All(requests, r => Assert.StartsWith(workbench.Url, r));             // only its own server
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
