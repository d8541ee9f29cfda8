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
/// An input a policy declares is read like a prelude one by every back end: the value a row gives,
/// else the declared default, else PD0309; and it reaches the case runner and the generators.
/// </summary>
public class DeclaredInputTests
{
    private static readonly PolicyDsl.Semantics.CheckedPolicy Policy = Policies.Checked("""
        input person.contract : Bool = false column "contract" "签约家庭医生" @ 第一条 "签约家庭医生"
        input claim.visits : Int required @ 第二条
        input claim.tier : Level = Level2 @ 第三条
        rule ratio = (if person.contract then 70% else 50%) @ 第一条
        rule deductible = (if claim.visits > 3 then 0元 else 100元) @ 第二条
        rule cap = (match claim.tier with | Level3 -> 500元 | _ -> 1000元) @ 第三条
        """);

    private static Claim Visit(bool? contract, int? visits, HospitalLevel? tier = null)
    {
        var person = Employed();
        if (contract is { } c) person = person with { Inputs = new InputValues([new("contract", c)]) };
        var inputs = new List<KeyValuePair<string, object>>();
        if (visits is { } v) inputs.Add(new("visits", v));
        if (tier is { } t) inputs.Add(new("tier", t));
        return On(person, "2023-03-01", HospitalLevel.Level2, 300m) with { Inputs = new InputValues(inputs) };
    }

    // Roslyn takes a second to compile a class: once for all the tests here.
    private static readonly Lazy<IRuleEvaluator> Emitted = new(() =>
        RoslynCompiledPolicy.CompileAsync(Policy, "declared", new ParameterValues(Policy.Parameters)).GetAwaiter().GetResult());

    private static IEnumerable<RunOutcome<Settlement>> AllBackEnds(Claim claim)
    {
        var values = new ParameterValues(Policy.Parameters);
        yield return new SettlementEngine(Policy, CompiledPolicy.Compile(Policy), values).Settle([claim]);
        yield return new SettlementEngine(Policy, new TreeWalkingEvaluator(Policy), values).Settle([claim]);
        yield return new SettlementEngine(Policy, Emitted.Value, values).Settle([claim]);
    }

    [Theory]
    [InlineData(true, 5, 210.00)]   // 70% × (300 − 0)
    [InlineData(false, 5, 150.00)]  // 50% × 300
    [InlineData(null, 5, 150.00)]   // contract left out: the default, false
    [InlineData(true, 2, 140.00)]   // 70% × (300 − 100)
    public void EveryBackEndReadsTheValueOrTheDefault(bool? contract, int visits, decimal fund)
    {
        foreach (var outcome in AllBackEnds(Visit(contract, visits)))
        {
            Assert.True(outcome.Succeeded, outcome.Error?.ToString());
            Assert.Equal(fund, outcome.Results.Single().Fund);
            Assert.Equal(1000m, outcome.Results.Single().Cap); // tier defaults to Level2
        }
    }

    [Fact]
    public void AnEnumerationInputSteersAMatch()
    {
        foreach (var outcome in AllBackEnds(Visit(true, 5, HospitalLevel.Level3)))
        {
            Assert.Equal(500m, outcome.Results.Single().Cap);
        }
    }

    [Fact]
    public void ARequiredInputWithNoValueIsPD0309InEveryBackEnd()
    {
        foreach (var outcome in AllBackEnds(Visit(true, null)))
        {
            Assert.Equal("PD0309", outcome.Error?.Id);
        }
        var message = AllBackEnds(Visit(true, null)).First().Error!.Message;
        Assert.Equal("input 'claim.visits' (Int) has no value", message);
    }

    [Fact]
    public void CaseFilesGiveDeclaredInputsAsNameEqualsValue()
    {
        var (file, errors) = CaseFileParser.Parse("t.cases", """
            case "declared"
                person A employed 45 employer contract=true
                claim A 2023-03-01 level2 300.00 visits=5 tier=level3 => fund 210.00 cap 500.00
            """);
        Assert.Empty(errors);
        var result = new CaseRunner(Policy, "t").Run(file.Cases.Single());
        Assert.True(result.Passed, string.Join("\n", result.Differences));
    }

    [Fact]
    public void ACaseNamingAnUndeclaredInputOrABadValueSaysSo()
    {
        var (file, _) = CaseFileParser.Parse("t.cases", """
            case "typo"
                person A employed 45 employer contrat=true
                claim A 2023-03-01 level2 300.00 visits=many => fund 1
            """);
        Assert.Equal(
            ["line 2: the policy declares no person input 'contrat' (it has contract)",
             "line 3: claim.visits: 'many' is not a value of type Int"],
            new CaseRunner(Policy, "t").Run(file.Cases.Single()).Differences);
    }

    [Fact]
    public void GeneratedHistoriesCarryTheDeclaredInputs()
    {
        var domain = PolicyDomain.Of(Policy, new ParameterValues(Policy.Parameters));
        var histories = HistoryGenerators.History(domain).Sample(200, new Rnd(7, 15), 30);
        var claims = histories.SelectMany(h => h.Claims).ToList();
        Assert.All(claims, c => Assert.IsType<int>(c.Inputs["visits"])); // required: always given
        Assert.Contains(claims, c => c.Inputs["tier"] is null);          // defaulted: sometimes left out
        Assert.Contains(histories, h => h.Person.Inputs["contract"] is true);
        Assert.Contains(histories, h => h.Person.Inputs["contract"] is false);
    }
}
