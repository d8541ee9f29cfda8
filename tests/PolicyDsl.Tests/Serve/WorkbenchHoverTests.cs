using PolicyDsl.Cli.Serve;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Serve;

/// <summary>Hover in the workbench, on the text being edited: a let's figures and articles come from the checker's bound tree.</summary>
public sealed class WorkbenchHoverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("policydsl-hover-").FullName;
    private readonly string _text = File.ReadAllText(Repository.Path("policies", "xiangtan.policy"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string? Hover(string text, string at, int into = 1) =>
        WorkbenchHover.Of(new WorkbenchAnalysis(new WorkbenchFiles(_root), []), "xiangtan.policy", text, text.IndexOf(at, StringComparison.Ordinal) + into);

    [Fact]
    public void AFunctionLetShowsItsFiguresWithTheirConditionsAndArticlesIncludingTheLetsItUses()
    {
        var hover = Hover(_text, "levelDeductible claim.level")!.Split('\n');
        Assert.Equal("let levelDeductible (level: Level): Money", hover[0]);
        Assert.Equal("各级医疗机构的起付标准（第四条（一）至（三））。", hover[1]);
        Assert.Contains("deductible: 0元 · 医院等级 = 基层 | 一级 · 依据 第四条（一）", hover);
        Assert.Contains("deductible: 200元 · 医院等级 = 二级 · 依据 第四条（二）", hover);
        Assert.Contains("deductible: 300元 · 医院等级 = 三级 · 依据 第四条（三）", hover);
        // The specialist arm is the let specialistUnstated: its unstated figure is listed too.
        Assert.Contains(hover, line => line.StartsWith("deductible: unstated: 第四条按医院等级规定", StringComparison.Ordinal) && line.Contains("医院等级 = 专科"));
        Assert.Equal(6, hover.Length);
    }

    [Fact]
    public void AValueLetShowsItsFigureWhereItIsDeclaredAsWhereItIsUsed()
    {
        var declared = Hover(_text, "let yearlyDeductibleLimit", "let ".Length + 3);
        Assert.Equal("let yearlyDeductibleLimit: Money\n起付标准累计不超过300元（第四条）。\ndeductible: 300元 · 依据 第四条", declared);
        Assert.Equal(declared, Hover(_text, "(yearlyDeductibleLimit - year.deductibleMet)", 3));
    }

    [Fact]
    public void ALetUsedUnderSeveralConditionsListsEachOnceAndOneWithoutFiguresItsArticles()
    {
        var credit = Hover(_text, "let creditByStatus", "let ".Length + 2)!.Split('\n');
        Assert.Equal("let creditByStatus: Money", credit[0]);
        Assert.Equal(credit.Length, credit.Distinct().Count());
        Assert.Contains(credit, line => line.StartsWith("account: 2%", StringComparison.Ordinal) && line.EndsWith("依据 第十条（一）", StringComparison.Ordinal));
        Assert.Contains(credit, line => line.StartsWith("account: 75元", StringComparison.Ordinal) && line.EndsWith("依据 第十条（二）", StringComparison.Ordinal));

        var computed = _text.Replace("/// 政策范围内费用", "let inScope = claim.amount @ 第六条\n\n/// 政策范围内费用").Replace("rule eligible = claim.amount @ 第六条", "rule eligible = inScope");
        Assert.Equal("let inScope: Money\n依据 articles: 第六条", Hover(computed, "rule eligible = inScope", "rule eligible = ".Length + 2));
        var excluding = _text.Replace("/// 政策范围内费用", "let inHospital = claim.inpatient @ 第八条\n\n/// 政策范围内费用").Replace("when claim.inpatient @ 第八条", "when inHospital");
        Assert.Equal("let inHospital: Bool\n依据 articles: 第八条", Hover(excluding, "when inHospital", "when ".Length + 2));
    }

    [Fact]
    public void NothingIsShownForAWordThatStandsForNothingOrATextThatDoesNotCheck()
    {
        Assert.Null(Hover(_text, "Transcribed from"));
        Assert.Null(Hover(_text.Replace("200元", "200元 + 60%"), "levelDeductible claim.level"));
    }
}
