using FsCheck;
using FsCheck.Fluent;
using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Testing;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;
using static PolicyDsl.Tests.Support.Claims;

namespace PolicyDsl.Tests.Compilation;

/// <summary>
/// An enumeration of the policy's own is a type like Level: matched exhaustively, read from files by
/// name or Chinese label, given in case files, generated, and settled alike by every back end.
/// </summary>
public class DeclaredEnumTests
{
    private static readonly PolicyDsl.Semantics.CheckedPolicy Policy = Policies.Checked("""
        enum Tier = Basic "基本档" | Plus "加强档" @ 第一条
        input person.tier : Tier = Basic column "tier" "参保档次" @ 第一条
        rule cap = (match person.tier with | Basic -> 1000元 | Plus -> 2000元) @ 第四条
        """);

    private static Person WithTier(string tier)
    {
        Assert.True(DomainVocabulary.TryParse(Policy.DeclaredEnums.Single().Enum, tier, out var member));
        return Employed() with { Inputs = new InputValues([new("tier", member!)]) };
    }

    [Theory]
    [InlineData("Plus", 2000.00)]      // 50% × 5000 = 2500 > 2000
    [InlineData("加强档", 2000.00)]
    [InlineData("plus", 2000.00)]
    [InlineData("Basic", 1000.00)]
    public async Task EveryBackEndSettlesADeclaredEnumeration(string tier, decimal fund)
    {
        var claim = On(WithTier(tier), "2023-03-01", HospitalLevel.Level2, 5000m);
        var values = new ParameterValues(Policy.Parameters);
        foreach (var evaluator in new IRuleEvaluator[]
        {
            CompiledPolicy.Compile(Policy), new TreeWalkingEvaluator(Policy),
            await RoslynCompiledPolicy.CompileAsync(Policy, "tier", values), await RoslynCompiledPolicy.CompileAsync(Policy, "tier", values, throughSettle: true),
        })
        {
            var outcome = new SettlementEngine(Policy, evaluator, values).Settle([claim]);
            Assert.True(outcome.Succeeded, outcome.Error?.ToString());
            Assert.Equal(fund, outcome.Results.Single().Fund);
        }
    }

    [Fact]
    public async Task TwoDeclaredEnumerationInputsCompileInTheEmittedClass()
    {
        var policy = Policies.Checked("""
            enum Tier = Basic | Plus @ 第一条
            enum Kind = Urban | Rural @ 第一条
            input person.tier : Tier = Basic @ 第一条
            input person.kind : Kind = Urban @ 第一条
            rule cap = (if person.tier = Plus && person.kind = Rural then 2000元 else 1000元) @ 第四条
            """);
        var values = new ParameterValues(policy.Parameters);
        var emitted = await RoslynCompiledPolicy.CompileAsync(policy, "two", values, throughSettle: true);
        Assert.True(emitted.HasFund);
    }

    [Fact]
    public void AMatchMustCoverEveryDeclaredMember()
    {
        var errors = Policies.Errors(Policies.Complete("""
            enum Tier = Basic | Plus @ 第一条
            input person.tier : Tier = Basic @ 第一条
            rule cap = (match person.tier with | Basic -> 1000元) @ 第四条
            """));
        Assert.Equal("match does not cover Plus", Assert.Single(errors).Message);
    }

    [Fact]
    public void MembersAndTypesCannotRepeatBuiltInOnes()
    {
        var errors = Policies.Errors(Policies.Complete("""
            enum Grade = Level2 | Top @ 第一条
            enum Level = A | B @ 第一条
            """));
        Assert.Equal(["PD0130", "PD0102"], errors.Select(e => e.Id));
    }

    [Fact]
    public void CaseFilesAndGeneratorsKnowTheMembers()
    {
        var (file, errors) = CaseFileParser.Parse("t.cases", """
            case "tiers"
                person A employed 45 employer tier=加强档
                person B employed 45 employer tier=Basic
                claim A 2023-03-01 level2 5000.00 => fund 2000.00 cap 2000.00
                claim B 2023-03-01 level2 5000.00 => fund 1000.00 cap 1000.00
            """);
        Assert.Empty(errors);
        var result = new CaseRunner(Policy, "t").Run(file.Cases.Single());
        Assert.True(result.Passed, string.Join("\n", result.Differences));
        var domain = PolicyDomain.Of(Policy, new ParameterValues(Policy.Parameters));
        var tiers = HistoryGenerators.PersonWith(domain.Declared).Sample(100, new Rnd(3, 5), 10)
            .Select(p => p.Inputs["tier"]?.ToString()).Distinct().Order().ToList();
        Assert.Equal([null, "Basic", "Plus"], tiers);
    }
}

/// <summary>Two policies compared on one claims file may each declare the same enumeration.</summary>
public class SharedDeclaredEnumTests
{
    [Fact]
    public void AValueReadForOnePolicyIsReadByTheOtherByName()
    {
        const string Text = """
            enum Tier = Basic | Plus @ 第一条
            input person.tier : Tier = Basic @ 第一条
            rule cap = (match person.tier with | Basic -> 1000元 | Plus -> 2000元) @ 第四条
            """;
        var first = Policies.Checked(Text);
        var second = Policies.Checked(Text);
        Assert.NotEqual(first.DeclaredEnums.Single().Enum, second.DeclaredEnums.Single().Enum); // each its own run-time type
        Assert.True(DomainVocabulary.TryParse(first.DeclaredEnums.Single().Enum, "Plus", out var plus));
        var claim = On(Employed() with { Inputs = new InputValues([new("tier", plus!)]) }, "2023-03-01", HospitalLevel.Level2, 5000m);
        foreach (var evaluator in new IRuleEvaluator[] { CompiledPolicy.Compile(second), new TreeWalkingEvaluator(second) })
        {
            var outcome = new SettlementEngine(second, evaluator, new ParameterValues(second.Parameters)).Settle([claim]);
            Assert.True(outcome.Succeeded, outcome.Error?.ToString());
            Assert.Equal(2000m, outcome.Results.Single().Cap);
        }
    }
}
