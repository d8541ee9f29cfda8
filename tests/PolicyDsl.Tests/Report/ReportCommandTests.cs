using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyDsl.Cli.Report;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Report;

/// <summary>`policy report`: the page's contents, its data, and the escaping of what comes from rule files.</summary>
public class ReportCommandTests
{
    private static string P(string name) => Repository.Path("policies", name);

    /// <summary>
    /// The report for all five cities with the assumptions and the example claims, written once for the tests that read it, and kept
    /// beside the test binary (artifacts/report.html) with the browser test's screenshots.
    /// </summary>
    internal static readonly Lazy<string> FiveCities = new(() =>
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var path = Path.Combine(artifacts, "report.html");
        var result = PolicyCommand.Run("report", Repository.Path("policies"), "--params", P("assumptions.params"), "--claims", P("examples/claims.csv"), "--out", path);
        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal("", result.Out);                                               // like every --out: the file, nothing on screen
        return path;
    });

    private static string Html => File.ReadAllText(FiveCities.Value);

    private static JsonElement Data => JsonDocument.Parse(Regex.Match(Html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value).RootElement;

    private static decimal? Fund(string chart, string policy, decimal spend)
    {
        var series = Data.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == chart)
            .GetProperty("series").EnumerateArray().Single(s => s.GetProperty("policy").GetString() == policy);
        var point = series.GetProperty("data").EnumerateArray().Single(p => p[0].GetDecimal() == spend);
        return point[1].ValueKind == JsonValueKind.Null ? null : point[1].GetDecimal();
    }

    [Fact]
    public void XiangtanEmployedAtLevel2HandWorked()
    {
        // 2000元 as four 500元 visits at a 二级 hospital, employed: 第四条（二） deductible 200元 (met once a year under
        // reading A; the 300元 yearly limit is not reached), ratio 60%: 60% × (500 − 200) + 3 × 60% × 500 = 180 + 900 = 1080; cap 1500 not reached.
        Assert.Equal(1080.00m, Fund("chart-level2-employed45", "xiangtan", 2000m));
        // 20000元: 60% × (20000 − 200) = 11880, capped at the employed 1500元 (第四条).
        Assert.Equal(1500.00m, Fund("chart-level2-employed45", "xiangtan", 20000m));
        // The same in the table beside the chart, with the articles behind it in the cell's title.
        Assert.Matches("<td class=\"num\" data-spend=\"2000\" title=\"依据 articles: 第四条（二）；[^\"]*第四条[^\"]*\">1080.00</td>", Row("chart-level2-employed45", "xiangtan"));
    }

    [Fact]
    public void RetireesAndOtherLevelsHandWorked()
    {
        // Xiangtan 基层 retired: no deductible (第四条（一）), 70%: 70% × 2000 = 1400; 20000 → 14000 capped at the retired 2000元.
        Assert.Equal(1400.00m, Fund("chart-primary-retired68", "xiangtan", 2000m));
        Assert.Equal(2000.00m, Fund("chart-primary-retired75", "xiangtan", 20000m));
        // Chongqing 三级 employed: yearly deductible 200 (第四条), 50% (第五条): 50% × (5000 − 200) = 2400; cap 3000 (第六条).
        Assert.Equal(2400.00m, Fund("chart-level3-employed45", "chongqing", 5000m));
        Assert.Equal(0m, Fund("chart-level3-employed45", "chongqing", 0m));
    }

    private static string Row(string chart, string policy) =>
        Regex.Match(Html, $"<table class=\"figures\" data-chart=\"{chart}\">.*?<tr data-policy=\"{policy}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public void EveryChartHasOneSeriesPerCityAndEveryTableOneRowPerCity()
    {
        var charts = Data.GetProperty("charts").EnumerateArray().ToList();
        Assert.Equal(4 * 3, charts.Count);
        string[] cities = ["anshan", "chongqing", "chuxiong", "jinan", "xiangtan"];
        Assert.All(charts, c => Assert.Equal(cities, c.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("policy").GetString())));
        Assert.All(charts, c => Assert.All(cities, city => Assert.Equal(5, Regex.Matches(Row(c.GetProperty("id").GetString()!, city), "data-spend=").Count)));
    }

    [Fact]
    public void HeadersGiveEachCitysNoticeAndPeriodAndAssumedValuesAreMarked()
    {
        Assert.Contains("潭政办发〔2022〕36号", Html);
        Assert.Contains("济政办发〔2022〕12号", Html);
        Assert.Contains("2023-01-01 起，至 2027-12-31", Html);                       // 济南's period
        // 楚雄's start is assumed (chuxiong.effectiveDate), so its period and every figure are flagged.
        Assert.Matches("2022-06-13 起[^<]*<span class=\"en\">no end date</span> <span class=\"assumed\"", Html);
        Assert.Contains("⚠ effectiveDate = 2022-06-13", Html);
        Assert.Contains(">576.00 ⚠</td>", Row("chart-primary-employed45", "chuxiong"));
        Assert.DoesNotContain("⚠", Row("chart-primary-employed45", "xiangtan"));
    }

    [Fact]
    public void ThePageLoadsNothingFromOutside()
    {
        // The markup outside the inlined scripts (ECharts' own code holds an <img src= for its export button) loads nothing,
        // and no script tag has a src.
        Assert.DoesNotMatch("<script[^>]*src=", Html);
        Assert.DoesNotMatch("<(link|img|iframe)[^>]+(src|href)=", Regex.Replace(Html, "<script[^>]*>.*?</script>", "", RegexOptions.Singleline));
        Assert.Contains("default-src 'none'", Html);
        Assert.Contains("Apache ECharts 6.1.0", Html);
    }

    [Fact]
    public void TextFromARuleFileCannotBreakOutOfTheHtmlOrTheData()
    {
        var policy = File.ReadAllText(P("xiangtan.policy")).Replace("\"湘潭市职工基本医疗保险门诊共济保障机制实施细则\"", "\"</script><b onmouseover='x'>湘潭 & co</b><!--\"");
        using var file = new TempFile(policy, ".policy");
        var path = Path.Combine(Path.GetTempPath(), $"policydsl-report-{Guid.NewGuid():N}.html");
        try
        {
            var result = PolicyCommand.Run("report", file.Path, "--out", path);
            Assert.True(result.Exit == 0, result.Error);
            var html = File.ReadAllText(path);
            Assert.Contains("&lt;/script&gt;&lt;b onmouseover=&#39;x&#39;&gt;湘潭 &amp; co&lt;/b&gt;&lt;!--", html);
            Assert.DoesNotContain("<b onmouseover", html);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ScriptJsonEscapesEveryLessThanAndStaysJson()
    {
        var json = ScriptJson.Serialize(new { title = "</script><!--x", city = "湘潭" });
        Assert.DoesNotContain("<", json);
        Assert.Contains("湘潭", json);                                                 // Chinese stays readable
        Assert.Equal("</script><!--x", JsonDocument.Parse(json).RootElement.GetProperty("title").GetString());
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlText.Escape("<a href=\"x\" title='y'>&"));
    }

    [Fact]
    public void AFailedReportWritesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policydsl-report-{Guid.NewGuid():N}.html");
        var result = PolicyCommand.Run("report", P("chuxiong.policy"), "--out", path);
        Assert.Equal(1, result.Exit);
        Assert.False(File.Exists(path));
        Assert.Equal(2, PolicyCommand.Run("report", P("xiangtan.policy")).Exit);      // --out is required
    }
}
