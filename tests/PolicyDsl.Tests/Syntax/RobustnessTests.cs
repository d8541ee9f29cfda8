using PolicyDsl.Semantics;
using PolicyDsl.Tests.Support;
using PolicyDsl.Text;

namespace PolicyDsl.Tests.Syntax;

/// <summary>Nothing the parser and checker are given crashes them: every input ends in a result or a diagnostic.</summary>
public class RobustnessTests
{
    private static CheckResult CheckDoesNotThrow(string text) => PolicyChecker.Check(new SourceText("fuzz.policy", text));

    [Fact]
    public void TenThousandNestedParentheses()
    {
        var text = Policies.Header + "let x = " + new string('(', 10_000) + "1元" + new string(')', 10_000) + "\n";
        DiagnosticAssert.Has(CheckDoesNotThrow(text).Diagnostics, "PD0004", 6, 9 + 64);
    }

    [Fact]
    public void DeepIfChainsWithoutParentheses()
    {
        var text = Policies.Complete("let x = " + string.Concat(Enumerable.Repeat("if true then 1元 else ", 20_000)) + "2元");
        var result = CheckDoesNotThrow(text);
        Assert.Contains(result.Diagnostics, d => d.Id == "PD0004");
    }

    [Fact]
    public void LongOperatorChainsAreRefusedBeforeTheyReachTheChecker()
    {
        var result = CheckDoesNotThrow(Policies.Complete("let x = " + string.Join(" + ", Enumerable.Repeat("1元", 20_000))));
        Assert.Contains(result.Diagnostics, d => d.Id == "PD0004");
    }

    [Fact]
    public void DeepUnaryChains()
    {
        var result = CheckDoesNotThrow(Policies.Complete("let x = " + string.Concat(Enumerable.Repeat("- ", 50_000)) + "1元"));
        Assert.Contains(result.Diagnostics, d => d.Id == "PD0004");
    }

    [Fact]
    public void TenMegabyteFile()
    {
        var text = Policies.Header + string.Concat(Enumerable.Repeat("// 注释 comment line padding padding padding\n", 250_000));
        Assert.True(text.Length > 10_000_000);
        DiagnosticAssert.Has(CheckDoesNotThrow(text).Diagnostics, "PD0005", 1, 1);
    }

    [Fact]
    public void RandomBytes()
    {
        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            var text = new System.Text.UTF8Encoding(false, false).GetString(bytes);
            var result = CheckDoesNotThrow(text);
            Assert.NotEmpty(result.Diagnostics);
        }
    }

    [Fact]
    public void RandomPrintableNoise()
    {
        var random = new Random(11);
        const string alphabet = "letruparmxcl=+-*/()|{}@;:.,<>_ \n\t\"元%ppif then else match with dated 二级（）：0123456789";
        for (var i = 0; i < 300; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]);
            CheckDoesNotThrow(Policies.Header + "let x = " + string.Concat(chars));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("// only a comment")]
    public void EmptyFiles(string text)
    {
        DiagnosticAssert.Has(CheckDoesNotThrow(text).Diagnostics, "PD0009", 1, 1);
    }

    [Fact]
    public void NulCharacter()
    {
        DiagnosticAssert.Has(CheckDoesNotThrow(Policies.Header + "let x = 1元\0\n").Diagnostics, "PD0006", 6, 11);
    }
}
