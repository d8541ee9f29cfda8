using System.Text.RegularExpressions;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Report;

/// <summary>
/// The report's sections beyond the scenario charts: the rules side by side, the claims file under each policy,
/// a reform against its baseline, and the trace each figure shows on hover; figures worked by hand.
/// </summary>
public class ReportSectionsTests
{
    private static string P(string name) => Repository.Path("policies", name);

    /// <summary>Xiangtan's reading B (deductible charged on every visit until 300元) against reading A, the shipped policy, with its claims.</summary>
    internal static readonly Lazy<string> Reform = new(() =>
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var path = Path.Combine(artifacts, "report-reform.html");
        var result = PolicyCommand.Run("report", P("examples/xiangtan-per-visit.policy"), "--baseline", P("xiangtan.policy"),
            "--claims", P("examples/xiangtan-claims.csv"), "--out", path);
        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal("", result.Out);
        return path;
    });

    private static string FiveCities => File.ReadAllText(ReportCommandTests.FiveCities.Value);

    private static string Cell(string html, string table, string row, string policy) =>
        Regex.Match(html, $"<table class=\"{table}\">.*?<tr data-{row}>.*?<td data-policy=\"{policy}\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;

    private static string Catalogue(string kind, string policy) => Cell(FiveCities, "catalogue", $"kind=\"{kind}\"", policy);

    [Fact]
    public void TheRulesSideBySideGiveEachCitysFiguresWithConditionsDatesAndArticles()
    {
        // Xiangtan 第四条（二）: 200元 at a 二级 hospital; the condition read in Chinese, the rule file's own words on hover.
        Assert.Matches("<li class=\"figure\" title=\"依据 articles: 第四条（二）[^\"]*条件 conditions: level = Level2\"><b>200元</b> <span class=\"cond\">医院等级 = 二级</span> <span class=\"cite\">第四条（二）</span></li>",
            Catalogue("deductible", "xiangtan"));
        // Chuxiong's deductibles are params with assumed values: marked ⚠, the param and its reason on hover.
        Assert.Matches("<b class=\"assumed\">10元 ⚠</b>", Catalogue("deductible", "chuxiong"));
        Assert.Contains("参数 param: deductibleLevel1（假设 assumed: 示例假设，非通知数据：一级及以下每次就诊起付标准）", Catalogue("deductible", "chuxiong"));
        // A figure the notice does not state says so, with its reason.
        Assert.Contains("未规定 <span class=\"en\">unstated</span></span> <span class=\"reason\">第五条按医院等级规定，未单列专科医院", Catalogue("ratio", "chongqing"));
        // Jinan's cap changed on 2024-01-01 (一（三）): each figure with the dates it holds.
        Assert.Contains("<b>4500元</b> <span class=\"dates\">至 2023-12-31</span> <span class=\"cite\">一（三）</span>", Catalogue("cap", "jinan"));
        Assert.Contains("<b>6000元</b> <span class=\"dates\">2024-01-01 起</span> <span class=\"cite\">一（三）</span>", Catalogue("cap", "jinan"));
        // Uplifts are their own row: Anshan's retirees +10 points (三（一）); Xiangtan has none.
        Assert.Contains("<b>10pp</b> <span class=\"cond\">人员类别 = 退休</span>", Catalogue("uplift", "anshan"));
        Assert.Contains("— <span class=\"en\">none</span>", Catalogue("uplift", "xiangtan"));
        foreach (var city in new[] { "anshan", "chongqing", "chuxiong", "jinan", "xiangtan" }) Assert.Contains($"<th data-policy=\"{city}\">", FiveCities);
    }

    private static string Measure(string measure) =>
        Regex.Match(FiveCities, $"<table class=\"totals\">.*?<tr data-measure=\"{measure}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public void TheClaimsSectionGivesSimulatesTotalsAndBreakdownsHandWorked()
    {
        // Xiangtan's column (the fifth policy) over the 14 example claims, from the claims' own results (policy eval):
        // fund 56 + 90 + 660 + 360 + 252 (E01) + 182 + 1260 + 0 (E02, 第八条) + 60 + 1940 + 0 + 0 (R01, capped at 2000) + 300 + 1700 (R02, capped) = 6860.00.
        var fund = Regex.Matches(Measure("fund"), "<td class=\"num\"[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, fund.Count);
        Assert.Equal("6860.00", fund[4]);
        // R01 and R02 both reach the retired cap of 2000元 (第四条).
        Assert.EndsWith(">2</td>", Measure("persons_at_cap"));
        // Against Anshan (the first): 6860.00 − 7226.50 = −366.50.
        Assert.EndsWith(">-366.50</td>", Measure("fund_vs_baseline"));
        // By level, 基层: E01's 80元 at 70% (第四条（一）) = 56.00; R01's 150元 comes after the cap was reached: 0.
        Assert.Matches("<tr data-group=\"primary\"><th>基层 primary</th>(<td[^>]*>[^<]*</td>){4}<td class=\"num\" title=\"[^\"]*\">56.00</td>", FiveCities);
        // Personal burden per person under Xiangtan: E01 24 + 260 + 540 + 240 + 168 = 1232, E02 78 + 1140 + 500 = 1718 (1000–2000元);
        // R01 240 + 1660 + 150 + 90 = 2140, R02 500 + 3300 = 3800 (2000–5000元).
        var burden = Regex.Match(FiveCities, "<table class=\"breakdown\" data-bars=\"burden\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Matches("<tr data-group=\"4\"><th>1000–2000元</th>.*title=\"人员 persons: E01 1232.00，E02 1718.00\">2人</td></tr>", burden);
        Assert.Matches("<tr data-group=\"5\"><th>2000–5000元</th>.*title=\"人员 persons: R01 2140.00，R02 3800.00\">2人</td></tr>", burden);
    }

    [Fact]
    public void EveryFigureCarriesItsTrace()
    {
        // The scenario table's Xiangtan, employed, 二级, 2000元: four visits of 500元, the 200元 deductible met on the first.
        var row = Regex.Match(FiveCities, "<table class=\"figures\" data-chart=\"chart-level2-employed45\">.*?<tr data-policy=\"xiangtan\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("起付标准 deductible: 200.00 + 0.00 + 0.00 + 0.00\n支付比例 ratio: 60%\n统筹基金 fund: 180.00 + 300.00 + 300.00 + 300.00 = 1080.00\n年度限额 cap: 1500.00，未达到 not reached\">1080.00<",
            row.Replace("&#10;", "\n"));
        // The charts' data carries the same trace for every point, for the tooltip.
        Assert.Contains("\"traces\":[", FiveCities);
        // The claims total: the articles of every claim behind it.
        Assert.Contains("依据 articles: 第四条（一）；第四条；第六条；第四条（二）；第四条（三）；第八条；第九条", Measure("fund"));
    }

    [Fact]
    public void AReformAgainstItsBaselineShowsWhatChangesForWhomAndByHowMuch()
    {
        var html = File.ReadAllText(Reform.Value);
        Assert.Contains("<b class=\"baseline-mark\">基准 <span class=\"en\">baseline</span></b>", html);
        // Employed, 二级, 500元 as four visits of 125元. Reading A (the baseline): the 200元 deductible is met once, 60% × (500 − 200) = 180.
        // Reading B: each visit pays its deductible until 300元 in all: 125 + 125 + 50, 60% × (500 − 300) = 120; −60.00. From 3000元 the
        // employed cap of 1500元 holds under both (60% × 2800 = 1680, 60% × 2700 = 1620), so 500–2500元 changes: 5 of the 41 points.
        Assert.Matches("<tr data-person=\"employed45\" data-level=\"level2\">.*?<td class=\"num\">5 / 41</td><td class=\"num\">500–2500元</td><td class=\"num\" title=\"[^\"]*\">-60.00（500元）</td>", html);
        // Retired: the cap is 2000元, so changes run to 3500元 (60% × 3300 = 1980 against 60% × 3200 = 1920).
        Assert.Matches("<tr data-person=\"retired68\" data-level=\"level2\">.*?<td class=\"num\">7 / 41</td><td class=\"num\">500–3500元</td>", html);
        Assert.DoesNotContain("data-level=\"primary\"", html);                    // 基层 has no deductible: nothing changes
        // The claims: A003's second 二级 visit pays 100元 more deductible under B (180 → 120), and the 三级 visit after it none (240 → 300).
        Assert.Matches("<td>A003</td><td>2023-03-01</td><td>level2</td><td class=\"num\">300.00</td><td class=\"num\" title=\"[^\"]*\">180.00 → 120.00</td><td class=\"num\">-60.00</td>", html);
        Assert.Matches("<td>A003</td><td>2023-04-01</td><td>level3</td><td class=\"num\">500.00</td><td class=\"num\" title=\"[^\"]*\">240.00 → 300.00</td><td class=\"num\">\\+60.00</td>", html);
        Assert.Contains("2 / 12 笔结算有变化，涉及 1 人；双方均能结算的 12 笔中，统筹基金支付 2580.00元 → 2580.00元（0.00元）", html);
    }

    [Fact]
    public void ABadClaimsFileOrBaselineWritesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policydsl-report-{Guid.NewGuid():N}.html");
        var noBaseline = PolicyCommand.Run("report", P("xiangtan.policy"), "--baseline", P("missing.policy"), "--out", path);
        Assert.Equal(1, noBaseline.Exit);
        Assert.Contains("missing.policy", noBaseline.Error);
        using var claims = new TempFile("person,status\nP1,employed\n", ".csv");
        var badClaims = PolicyCommand.Run("report", P("xiangtan.policy"), "--claims", claims.Path, "--out", path);
        Assert.Equal(1, badClaims.Exit);
        Assert.Equal("", badClaims.Out);
        Assert.DoesNotContain("   at ", badClaims.Error);                          // a message, not a stack trace
        Assert.False(File.Exists(path));
    }
}
