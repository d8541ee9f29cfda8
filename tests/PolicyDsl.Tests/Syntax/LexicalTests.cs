using PolicyDsl.Diagnostics;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Syntax;

/// <summary>What people typing Chinese produce: full-width characters, BOMs, CRLF, tabs, stray quotes.</summary>
public class LexicalTests
{
    private static readonly int HeaderLines = Policies.Header.Split('\n').Length - 1;

    [Fact]
    public void FullWidthDigitsAndPercentAreAccepted()
    {
        var policy = Policies.Checked("rule ratio = ６０％ @ 第一条\nrule cap = １５００元 @ 第一条");
        Assert.Equal(0.60m, ((PolicyDsl.Semantics.Bound.BoundLiteral)((PolicyDsl.Semantics.Bound.BoundCited)policy.Rules.Ratio!).Inner).Value);
    }

    [Theory]
    [InlineData("let x = min（1元) 2元", '（', '(', 12)]
    [InlineData("let x = (1元）", '）', ')', 12)]
    [InlineData("let x = { a = 1元； b = 2元 }", '；', ';', 17)]
    [InlineData("let f (l： Level) = 1元", '：', ':', 9)]
    [InlineData("let x = 1元 ＋ 2元", '＋', '+', 12)]
    [InlineData("exclude “住院” when claim.inpatient", '“', '"', 9)]
    public void FullWidthPunctuationIsReportedWithAHintAndParsingGoesOn(string line, char fullWidth, char ascii, int column)
    {
        var diagnostics = Policies.Parse(Policies.Header + line + "\n").Diagnostics;
        var d = DiagnosticAssert.Has(diagnostics, "PD0002", HeaderLines + 1, column);
        Assert.Equal($"full-width '{fullWidth}' here; did you mean '{ascii}'?", d.Message);
        Assert.All(diagnostics, x => Assert.Equal("PD0002", x.Id));
    }

    [Fact]
    public void FullWidthIsAtHomeInStringsCommentsAndCitations()
    {
        var result = Policies.Check(Policies.Complete("""
            // 注释（全角）：没问题
            exclude "住院（含日间）：不支付" when claim.inpatient @ 第八条（一）
            """));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void ByteOrderMarkCrlfAndTabsAreAccepted()
    {
        var text = "\uFEFF" + Policies.Complete("let x =\t300元 @ 第一条\nrule cap = x").Replace("\n", "\r\n");
        var result = Policies.Check(text);
        Assert.True(result.Policy is not null, DiagnosticAssert.Describe(result.Diagnostics));
    }

    [Fact]
    public void PositionsCountLinesOnCrlfFiles()
    {
        var text = (Policies.Header + "let x = 1元 + 60%\n").Replace("\n", "\r\n");
        DiagnosticAssert.Has(Policies.Check(text).Diagnostics, "PD0103", HeaderLines + 1, 12);
    }

    [Fact]
    public void StrayQuoteIsReportedWhereItOpens()
    {
        var diagnostics = Policies.Parse(Policies.Header + "exclude \"住院 when claim.inpatient\nlet y = 1元\n").Diagnostics;
        var d = DiagnosticAssert.Has(diagnostics, "PD0003", HeaderLines + 1, 9);
        Assert.Equal("close it with '\"' on the same line", d.EffectiveHint);
    }

    [Fact]
    public void IdeographicSpaceIsWhitespace()
    {
        Assert.NotNull(Policies.Check(Policies.Complete("let x =\u3000300元 @ 第一条\nrule cap = x")).Policy);
    }
}
