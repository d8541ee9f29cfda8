using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Tests.Support;
using static PolicyDsl.Tests.Support.Claims;

namespace PolicyDsl.Tests.Compilation;

/// <summary>
/// Every language construct evaluated by the compiled expression trees and by the tree-walking
/// oracle, which must agree with each other and with the value worked out by hand.
/// </summary>
public class ConstructEvaluationTests
{
    private static readonly Claim Level2Claim = On(Employed(age: 45, baseAmount: 6000m), "2023-03-15", HospitalLevel.Level2, 500m);

    /// <summary>The value of <c>rule cap = expression</c> for a claim.</summary>
    private static decimal Cap(string expression, Claim? claim = null, string extra = "") =>
        Evaluate.Rule(Policies.Checked($"rule cap = {expression} @ 第一条\n{extra}"), (e, c) => e.Cap(c), claim ?? Level2Claim);

    private static decimal Ratio(string expression, Claim? claim = null, string extra = "") =>
        Evaluate.Rule(Policies.Checked($"rule ratio = {expression} @ 第一条\n{extra}"), (e, c) => e.Ratio(c), claim ?? Level2Claim);

    [Theory]
    [InlineData("300元", 300)]
    [InlineData("1.5万元", 15000)]
    [InlineData("100元 + 20元 - 5元", 115)]
    [InlineData("100元 * 3", 300)]
    [InlineData("3 * 100元", 300)]
    [InlineData("100元 * 60%", 60)]
    [InlineData("60% * 100元", 60)]
    [InlineData("100元 / 4", 25)]
    [InlineData("-100元 + 300元", 200)]
    [InlineData("+100元", 100)]
    [InlineData("min 100元 300元", 100)]
    [InlineData("max 100元 300元", 300)]
    [InlineData("claim.amount", 500)]
    [InlineData("person.base * 2%", 120)]
    [InlineData("claim.amount |> min 200元", 200)]
    [InlineData("(2 + 3 * 4) * 1元", 14)]
    public void MoneyArithmetic(string expression, decimal expected) => Assert.Equal(expected, Cap(expression));

    [Theory]
    [InlineData("60% + 10pp", 0.70)]
    [InlineData("60% - 10pp", 0.50)]
    [InlineData("60% + 10pp + 5pp", 0.75)]
    [InlineData("60% + 5个百分点", 0.65)]
    [InlineData("60% + (-10pp)", 0.50)]
    [InlineData("50% * 50%", 0.25)]
    [InlineData("100元 / 400元", 0.25)]
    [InlineData("60% + 2 * 5pp", 0.70)]
    [InlineData("max 60% 70%", 0.70)]
    [InlineData("2 * 30%", 0.60)]
    public void RatiosAndPoints(string expression, decimal expected) => Assert.Equal(expected, Ratio(expression));

    [Theory]
    [InlineData("if claim.amount > 100元 then 1元 else 2元", 1)]
    [InlineData("if claim.amount >= 500元 && not claim.inpatient then 1元 else 2元", 1)]
    [InlineData("if claim.amount < 500元 || claim.inpatient then 1元 else 2元", 2)]
    [InlineData("if claim.amount <= 500元 then 1元 else 2元", 1)]
    [InlineData("if claim.level = Level2 then 1元 else 2元", 1)]
    [InlineData("if claim.level <> 二级 then 1元 else 2元", 2)]
    [InlineData("if claim.date >= 2023-03-15 then 1元 else 2元", 1)]
    [InlineData("if claim.date.year = 2023 && claim.date.month = 3 && claim.date.day = 15 then 1元 else 2元", 1)]
    [InlineData("if person.age >= 45 then 1元 else 2元", 1)]
    [InlineData("if person.status = Retired then 1元 else 2元", 2)]
    [InlineData("if person.scheme = Employer && claim.channel = OnSite && claim.place = Local then 1元 else 2元", 1)]
    [InlineData("if claim.designated && not person.oldWorker then 1元 else 2元", 1)]
    public void ConditionsAndComparisons(string expression, decimal expected) => Assert.Equal(expected, Cap(expression));

    [Theory]
    [InlineData(HospitalLevel.Primary, 70)]
    [InlineData(HospitalLevel.Level1, 70)]
    [InlineData(HospitalLevel.Level2, 60)]
    [InlineData(HospitalLevel.Level3, 50)]
    [InlineData(HospitalLevel.Specialist, 40)]
    public void MatchOnEnumWithOrPatternsAndWildcard(HospitalLevel level, decimal expectedPercent)
    {
        var claim = Level2Claim with { Level = level };
        var ratio = Ratio("match claim.level with\n    | Primary | 一级 -> 70%\n    | Level2 -> 60%\n    | Level3 -> 50%\n    | _ -> 40%", claim);
        Assert.Equal(expectedPercent / 100m, ratio);
    }

    [Theory]
    [InlineData(HospitalLevel.Level2, 50)]
    [InlineData(HospitalLevel.Level3, 50)]
    public void ArmsAfterAWildcardNeverMatch(HospitalLevel level, decimal expectedPercent)
    {
        var claim = Level2Claim with { Level = level };
        Assert.Equal(expectedPercent / 100m, Ratio("match claim.level with\n    | _ -> 50%\n    | Level2 -> 90%", claim));
    }

    [Fact]
    public void AnArmRepeatingEarlierPatternsNeverMatches()
    {
        var claim = Level2Claim with { Person = Employed(age: 30) };
        Assert.Equal(0.50m, Ratio("match person.age with\n    | 65 -> 90%\n    | 65 -> 80%\n    | _ -> 50%", claim));
    }

    [Fact]
    public void FieldsOfAnUnstatedValueAreUnstated()
    {
        var policy = Policies.Checked("let caps = unstated \"限额待定\"\nrule cap = if claim.inpatient then caps.employed else 1000元 @ 第一条");
        Assert.Equal(1000m, Evaluate.Rule(policy, (e, c) => e.Cap(c), Level2Claim));
        var error = Assert.Throws<PolicyEvaluationException>(() => CompiledPolicy.Compile(policy).Cap(Context(Level2Claim with { Inpatient = true }, policy)));
        Assert.Equal("PD0303", error.Error.Id);
    }

    [Theory]
    [InlineData(69, 1)]
    [InlineData(70, 2)]
    [InlineData(71, 3)]
    public void MatchOnIntAndBool(int age, decimal expected)
    {
        var claim = Level2Claim with { Person = Employed(age: age) };
        Assert.Equal(expected, Cap("match person.age with\n    | 69 -> 1元\n    | 70 -> 2元\n    | _ -> 3元", claim));
        Assert.Equal(5m, Cap("match claim.inpatient with\n    | true -> 4元\n    | false -> 5元", claim));
    }

    [Theory]
    [InlineData("2022-12-31", "until branch")]
    [InlineData("2023-01-01", 3000)]
    [InlineData("2023-12-31", 3000)]
    [InlineData("2024-01-01", 4500)]
    [InlineData("2025-06-01", 4500)]
    public void DatedValuesChooseByTheClaimDateOnBothSidesOfEachBoundary(string date, object expected)
    {
        var header = Policies.Header.Replace("in force from 2023-01-01", "in force from 2022-01-01");
        var text = header + "rule eligible = claim.amount @ 一\nrule deductible = 0元 @ 一\nrule ratio = 50% @ 一\n" +
                   "rule cap = dated\n    | until 2022-12-31 -> 1000元\n    | from 2023-01-01 -> 3000元\n    | from 2024-01-01 -> 4500元\n";
        var policy = Policies.Check(text).Policy!;
        var claim = Level2Claim with { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(expected is string ? 1000m : Convert.ToDecimal(expected), Evaluate.Rule(policy, (e, c) => e.Cap(c), claim));
    }

    [Fact]
    public void FunctionsAreAppliedWithTheirArguments()
    {
        const string functions = "let deductibleFor (level: Level) (status: Status) =\n    match level with\n    | Level3 -> (if status = Retired then 200元 else 300元)\n    | _ -> 100元\n" +
                                 "let twice (x: Money) = x * 2";
        Assert.Equal(600m, Cap("twice (deductibleFor Level3 person.status)", extra: functions));
        Assert.Equal(200m, Cap("deductibleFor claim.level person.status |> twice", extra: functions));
    }

    [Fact]
    public void FunctionParametersShadowGlobalsOnlyInsideTheFunction()
    {
        Assert.Equal(13m, Cap("f 3元 + x", extra: "let x = 10元 @ 二\nlet f (x: Money) = x"));
    }

    [Fact]
    public void RecordsThroughLetIfMatchAndDated()
    {
        const string records = "let caps = { employed = 1500元; retired = 2000元 }\n" +
                               "let byScheme = if person.scheme = Employer then { employed = 3000元; retired = 4000元 } else { employed = 800元; retired = 1200元 }";
        Assert.Equal(1500m, Cap("caps.employed", extra: records));
        Assert.Equal(3000m, Cap("byScheme.employed", extra: records));
        Assert.Equal(1200m, Cap("byScheme.retired", Level2Claim with { Person = Employed(scheme: Scheme.Individual1) }, records));
    }

    [Fact]
    public void LetValuesAreLazySoAnUnreadParameterIsNotRequired()
    {
        var policy = Policies.Checked("param unknown : Money @ 第二条\nlet fromParam = unknown\nrule cap = if claim.inpatient then fromParam else 1000元 @ 第一条");
        Assert.Equal(1000m, Evaluate.Rule(policy, (e, c) => e.Cap(c), Level2Claim));
        var inpatient = Level2Claim with { Inpatient = true };
        var error = Assert.Throws<PolicyEvaluationException>(() => CompiledPolicy.Compile(policy).Cap(Context(inpatient, policy)));
        Assert.Equal("PD0302", error.Error.Id);
        Assert.Equal("parameter 'unknown' (Money) has no value", error.Error.Message);
        Assert.Equal("supply it with --set unknown=VALUE or a line 'unknown = VALUE' in a --params file", error.Error.Hint);
        Assert.Throws<PolicyEvaluationException>(() => new TreeWalkingEvaluator(policy).Cap(Context(inpatient, policy)));
    }

    [Fact]
    public void ALongChainOfLetsUsingTheirPredecessorSeveralTimesStaysCheap()
    {
        // Each let uses the one before three times: compiled by inlining, 40 of them would be 3^40 nodes.
        var lets = string.Join("\n", Enumerable.Range(1, 40).Select(n => $"let a{n} = a{n - 1} + a{n - 1} - a{n - 1}"));
        var policy = Policies.Checked($"let a0 = claim.amount @ 第一条\n{lets}\nrule eligible = a40 @ 第一条");
        Assert.Equal(500m, Evaluate.Rule(policy, (e, c) => e.Eligible(c), Level2Claim));
    }

    [Fact]
    public void ParametersTakeTheirSuppliedValue()
    {
        var policy = Policies.Checked("param capAmount : Money @ 第二条 \"年度限额\"\nrule cap = capAmount");
        var values = new ParameterValues(policy.Parameters);
        values.Set(policy.Parameters[0], 2500m);
        Assert.Equal(2500m, Evaluate.Rule(policy, (e, c) => e.Cap(c), Level2Claim, values));
    }

    [Fact]
    public void UnstatedStopsWithItsReasonWhenReached()
    {
        var policy = Policies.Checked("rule cap = if claim.inpatient then unstated \"住院期间的限额未载明\" else 1000元 @ 第一条");
        Assert.Equal(1000m, Evaluate.Rule(policy, (e, c) => e.Cap(c), Level2Claim));
        var inpatient = Context(Level2Claim with { Inpatient = true }, policy);
        foreach (IRuleEvaluator evaluator in new IRuleEvaluator[] { CompiledPolicy.Compile(policy), new TreeWalkingEvaluator(policy) })
        {
            var error = Assert.Throws<PolicyEvaluationException>(() => evaluator.Cap(inpatient));
            Assert.Equal("PD0303", error.Error.Id);
            Assert.Equal("the notice does not state this value: 住院期间的限额未载明", error.Error.Message);
        }
    }

    [Fact]
    public void UnstatedInsideArithmeticTakesTheOtherOperandsType()
    {
        var policy = Policies.Checked("let lost = unstated \"原文缺失\"\nrule cap = if claim.inpatient then lost + 1元 else 1000元 @ 第一条");
        Assert.Equal(1000m, Evaluate.Rule(policy, (e, c) => e.Cap(c), Level2Claim));
        Assert.Throws<PolicyEvaluationException>(() => CompiledPolicy.Compile(policy).Cap(Context(Level2Claim with { Inpatient = true }, policy)));
    }

    [Fact]
    public void YearInputsAreThePreludesTotalsInTheContext()
    {
        var policy = Policies.Checked("rule deductible = 300元 - year.deductibleMet - year.deductibleMetAtLevel - year.fundPaid @ 第一条");
        var context = Context(Level2Claim, policy);
        // Prelude.Totals: year.fundPaid, year.deductibleMet, year.deductibleMetAtLevel. 300 − 100 − 50 − 20 = 130.
        context.Totals = [20m, 100m, 50m];
        Assert.Equal(130m, CompiledPolicy.Compile(policy).Deductible(context));
        Assert.Equal(130m, new TreeWalkingEvaluator(policy).Deductible(context));
    }

    [Fact]
    public void TracedEvaluationRecordsTheCitationsOfTheBranchTaken()
    {
        var policy = Policies.Checked("rule ratio = match claim.level with\n    | Level2 -> 60% @ 第四条（二）\n    | _ -> 70% @ 第四条（一）");
        foreach (IRuleEvaluator evaluator in new IRuleEvaluator[] { CompiledPolicy.Compile(policy, traced: true), new TreeWalkingEvaluator(policy) })
        {
            var context = Context(Level2Claim, policy);
            context.Trace = new EvaluationTrace();
            evaluator.Ratio(context);
            Assert.Equal(["第四条（二）"], context.Trace.Citations.Select(c => policy.Citations[c].Text));
        }
    }

    private static EvaluationContext Context(Claim claim, PolicyDsl.Semantics.CheckedPolicy policy) =>
        new(new ParameterValues(policy.Parameters)) { Claim = claim, Person = claim.Person, Date = claim.Date };
}
