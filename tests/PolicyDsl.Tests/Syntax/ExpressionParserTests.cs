using PolicyDsl.Syntax.Ast;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Syntax;

/// <summary>Each expression construct parses into the tree it should, with F#'s precedence.</summary>
public class ExpressionParserTests
{
    private static string ParseBody(string expression)
    {
        var result = Policies.Parse(Policies.Header + $"let x =\n    {expression}\n");
        Assert.True(!result.HasErrors, $"{expression}\n" + string.Join("\n", result.Diagnostics));
        return AstPrinter.Print(result.File.Declarations.OfType<LetDeclaration>().Single().Body);
    }

    [Theory]
    [InlineData("300元", "300元")]
    [InlineData("1.5万元", "15000元")]
    [InlineData("0.01元", "0.01元")]
    [InlineData("60%", "60%")]
    [InlineData("12.5%", "12.5%")]
    [InlineData("10pp", "10pp")]
    [InlineData("5个百分点", "5pp")]
    [InlineData("70", "70")]
    [InlineData("70岁", "70")]
    [InlineData("1_000元", "1000元")]
    [InlineData("2023-01-01", "2023-01-01")]
    [InlineData("2023年1月1日", "2023-01-01")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("\"住院期间\"", "\"住院期间\"")]
    [InlineData("\"a \\\"quoted\\\" word\"", "\"a \"quoted\" word\"")]
    public void Literals(string source, string expected) => Assert.Equal(expected, ParseBody(source));

    [Theory]
    [InlineData("1元 + 2元 * 3", "(Add 1元 (Multiply 2元 3))")]
    [InlineData("1元 - 2元 - 3元", "(Subtract (Subtract 1元 2元) 3元)")]
    [InlineData("(1元 + 2元) * 3", "(Multiply (Add 1元 2元) 3)")]
    [InlineData("a < b && c <> d || not e", "(Or (And (Less a b) (NotEqual c d)) (Not e))")]
    [InlineData("a >= b", "(GreaterOrEqual a b)")]
    [InlineData("a <= b", "(LessOrEqual a b)")]
    [InlineData("a > b", "(Greater a b)")]
    [InlineData("a = b", "(Equal a b)")]
    [InlineData("-10pp", "(Negate 10pp)")]
    [InlineData("+10pp", "(Plus 10pp)")]
    [InlineData("60% + 10pp", "(Add 60% 10pp)")]
    [InlineData("a / 12", "(Divide a 12)")]
    public void Operators(string source, string expected) => Assert.Equal(expected, ParseBody(source));

    [Theory]
    [InlineData("f a b", "(f a b)")]
    [InlineData("min (f a) 300元", "(min (f a) 300元)")]
    [InlineData("claim.level |> f", "(f claim.level)")]
    [InlineData("x |> min 300元", "(min 300元 x)")]
    [InlineData("x |> f |> g", "(g (f x))")]
    [InlineData("claim.date.year", "claim.date.year")]
    [InlineData("caps.retired", "caps.retired")]
    public void ApplicationPipesAndMembers(string source, string expected) => Assert.Equal(expected, ParseBody(source));

    [Fact]
    public void IfThenElseNests()
    {
        Assert.Equal("(if a 1元 (if b 2元 3元))", ParseBody("if a then 1元 else if b then 2元 else 3元"));
    }

    [Fact]
    public void MatchWithOrPatternsWildcardAndLiterals()
    {
        Assert.Equal("(match claim.level [Primary|Level1 -> 70%] [二级 -> 60%] [_ -> 50%])",
            ParseBody("match claim.level with\n    | Primary | Level1 -> 70%\n    | 二级 -> 60%\n    | _ -> 50%"));
        Assert.Equal("(match b [true -> 1元] [false -> 2元])", ParseBody("match b with true -> 1元 | false -> 2元"));
    }

    [Fact]
    public void DatedBranches()
    {
        Assert.Equal("(dated [until 2022-12-31 -> 3000元] [from 2023-01-01 -> 4500元] [from 2024-01-01 -> 6000元])",
            ParseBody("dated\n    | until 2022-12-31 -> 3000元\n    | from 2023-01-01 -> 4500元\n    | from 2024-01-01 -> 6000元"));
    }

    [Fact]
    public void RecordsWithOptionalTrailingSemicolon()
    {
        Assert.Equal("{employed = 1500元; retired = 2000元}", ParseBody("{ employed = 1500元; retired = 2000元; }"));
    }

    [Fact]
    public void CitationsAttachLoosestAndMayBeQuotedOrRepeated()
    {
        Assert.Equal("((Add 1元 2元) @ 第四条（二）)", ParseBody("1元 + 2元 @ 第四条（二）"));
        Assert.Equal("((1元 @ 第四条) @ 第五条 第一款)", ParseBody("1元 @ 第四条 @ \"第五条 第一款\""));
        Assert.Equal("(match a [A -> (1元 @ 第四条（一）)] [_ -> (2元 @ 第四条（二）)])",
            ParseBody("match a with\n    | A -> 1元 @ 第四条（一）\n    | _ -> 2元 @ 第四条（二）"));
    }

    [Fact]
    public void CitationEndsAtAnAsciiParenItDidNotOpen()
    {
        Assert.Equal("(f (1元 @ 第四条(一)) 2元)", ParseBody("f (1元 @ 第四条(一)) 2元"));
    }

    [Fact]
    public void Unstated()
    {
        Assert.Equal("(unstated \"通知未载明\")", ParseBody("unstated \"通知未载明\""));
    }

    [Fact]
    public void ChineseNames()
    {
        Assert.Equal("(Add 起付标准 年度限额)", ParseBody("起付标准 + 年度限额"));
    }

    [Fact]
    public void SpansPointAtTheSource()
    {
        var text = Policies.Header + "let x = 300元 + claim.amount\n";
        var let = Policies.Parse(text).File.Declarations.OfType<LetDeclaration>().Single();
        var binary = Assert.IsType<BinaryExpr>(let.Body);
        Assert.Equal("300元", text.Substring(binary.Left.Span.Start, binary.Left.Span.Length));
        Assert.Equal("+", text.Substring(binary.OperatorSpan.Start, binary.OperatorSpan.Length));
        Assert.Equal("claim.amount", text.Substring(binary.Right.Span.Start, binary.Right.Span.Length));
        Assert.Equal("x", text.Substring(let.NameSpan.Start, let.NameSpan.Length));
    }

    [Fact]
    public void ChainsUpToTheDepthLimitParse()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("1元", 150));
        Assert.StartsWith("(Add (Add", ParseBody(sum));
    }
}
