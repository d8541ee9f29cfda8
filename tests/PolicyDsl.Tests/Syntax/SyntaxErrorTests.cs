using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Syntax;

/// <summary>Syntax errors name the furthest point reached, what would have fitted there, and a hint; all of a file's errors come in one run.</summary>
public class SyntaxErrorTests
{
    private static readonly int H = Policies.Header.Split('\n').Length - 1;

    [Fact]
    public void MissingArrowInMatchArm()
    {
        var d = DiagnosticAssert.Has(Policies.Parse(Policies.Header + "let x = match claim.level with\n    | Level2 = 200元\n").Diagnostics, "PD0001", H + 2, 14);
        Assert.Equal("unexpected '='; expected '->' or '|'", d.Message);
        Assert.Equal("match arms and dated branches use '->'", d.EffectiveHint);
    }

    [Fact]
    public void IfWithoutElse()
    {
        var d = DiagnosticAssert.Has(Policies.Parse(Policies.Header + "let x = if claim.inpatient then 0元\n").Diagnostics, "PD0001", H + 1, 35);
        Assert.StartsWith("unexpected end of file; expected", d.Message);
        Assert.Contains("'else'", d.Message);
        Assert.Equal("every 'if' needs an 'else'", d.EffectiveHint);
    }

    [Fact]
    public void DoubleEqualsHasAHint()
    {
        var d = DiagnosticAssert.Has(Policies.Parse(Policies.Header + "let x = a == b\n").Diagnostics, "PD0001", H + 1, 11);
        Assert.Equal("compare with a single '='", d.EffectiveHint);
    }

    [Fact]
    public void KeywordAsAName()
    {
        var d = DiagnosticAssert.Has(Policies.Parse(Policies.Header + "let then = 1元\n").Diagnostics, "PD0001", H + 1, 5);
        Assert.Equal("unexpected keyword 'then'; expected a name", d.Message);
    }

    [Fact]
    public void EveryBrokenDeclarationIsReportedInOneRun()
    {
        var text = Policies.Header + "let a = (1元 +\nlet b = 2元 3\nrule c = \nlet d = 1元\n";
        var errors = Policies.Parse(text).Diagnostics.Where(d => d.Id == "PD0001").Select(d => d.Position.Line).ToList();
        Assert.Equal([H + 1, H + 3], errors);
    }

    [Fact]
    public void TextBeforeTheFirstDeclaration()
    {
        var d = DiagnosticAssert.Has(Policies.Parse("  ratio = 60%\n" + Policies.Header).Diagnostics, "PD0011", 1, 3);
        Assert.Equal("a declaration starts with let, param, input, total, enum, rule, exclude or invariant, not 'ratio'", d.Message);
    }

    [Fact]
    public void MissingHeader()
    {
        DiagnosticAssert.Has(Policies.Parse("let x = 1元\n").Diagnostics, "PD0009", 1, 1);
    }

    [Theory]
    [InlineData("let x = 1.5", "PD0007", 9, "the number '1.5' needs a unit")]
    [InlineData("let x = 2023-02-29", "PD0008", 9, "'2023-02-29' is not a valid date")]
    [InlineData("let x = 99999999999", "PD0010", 9, "the number '99999999999' is too large")]
    public void LiteralErrors(string line, string id, int column, string message)
    {
        var d = DiagnosticAssert.Has(Policies.Parse(Policies.Header + line + "\n").Diagnostics, id, H + 1, column);
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void DuplicatePolicyHeader()
    {
        DiagnosticAssert.Has(Policies.Parse(Policies.Header + "policy \"again\"\n").Diagnostics, "PD0208", H + 1, 1);
    }
}
