using PolicyDsl.Syntax.Ast;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Syntax;

/// <summary>Top-level declarations: the header, let, functions, params, rules, exclusions and doc comments.</summary>
public class DeclarationParserTests
{
    [Fact]
    public void HeaderFields()
    {
        var result = Policies.Parse("""
            policy "济南市门诊共济"
                city "济南市"
                notice "济政办发〔2022〕12号"
                notice "另一号"
                issued 2022-12-30
                in force from 2023-01-01 until 2027-12-31
            """);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var header = result.File.Header!;
        Assert.Equal("济南市门诊共济", header.Title);
        Assert.Equal(["济南市"], header.Fields.OfType<CityField>().Select(f => f.City));
        Assert.Equal(["济政办发〔2022〕12号", "另一号"], header.Fields.OfType<NoticeField>().Select(f => f.Notice));
        Assert.Equal(new DateOnly(2022, 12, 30), header.Fields.OfType<IssuedField>().Single().Date);
        var inForce = header.Fields.OfType<InForceField>().Single();
        Assert.Equal(new DateOnly(2023, 1, 1), inForce.From.Date);
        Assert.Equal(new DateOnly(2027, 12, 31), inForce.Until!.Date);
    }

    [Fact]
    public void InForceMayNameAParameter()
    {
        var inForce = Policies.Parse("policy \"t\"\n    in force from startDate\n").File.Header!.Fields.OfType<InForceField>().Single();
        Assert.Equal("startDate", inForce.From.Name);
        Assert.Null(inForce.From.Date);
    }

    [Fact]
    public void LetFunctionParamRuleExclude()
    {
        var result = Policies.Parse(Policies.Header + """
            /// 起付标准
            /// 按级别
            let deductibleFor (level: Level) (status: Status) = 200元
            param pension : Money @ 第十四条 @ "（十四）" "2023年度基本养老金平均水平"
            rule ratio = 60%
            exclude "住院期间" when claim.inpatient
            """);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var declarations = result.File.Declarations;
        var let = Assert.IsType<LetDeclaration>(declarations[0]);
        Assert.Equal("deductibleFor", let.Name);
        Assert.Equal(["level: Level", "status: Status"], let.Parameters.Select(p => $"{p.Name}: {p.Type.Name}"));
        Assert.Equal("起付标准\n按级别", let.Doc);
        var param = Assert.IsType<ParamDeclaration>(declarations[1]);
        Assert.Equal(("pension", "Money", "2023年度基本养老金平均水平"), (param.Name, param.Type.Name, param.Description));
        Assert.Equal(["第十四条", "（十四）"], param.Citations.Select(c => c.Text));
        Assert.Equal("ratio", Assert.IsType<RuleDeclaration>(declarations[2]).Name);
        var exclude = Assert.IsType<ExcludeDeclaration>(declarations[3]);
        Assert.Equal("住院期间", exclude.Reason);
        Assert.Equal("claim.inpatient", AstPrinter.Print(exclude.Condition));
    }

    [Fact]
    public void ParsedTreesCompareStructurally()
    {
        var a = Policies.Parse(Policies.Header + "let x = min 1元 2元\n").File;
        var b = Policies.Parse(Policies.Header + "let x = min 1元 2元\n").File;
        Assert.Equal(a, b);
    }
}
