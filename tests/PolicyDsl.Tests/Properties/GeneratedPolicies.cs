using FsCheck;
using FsCheck.Fluent;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// Random policies, as source text: deductibles met once or per visit, ratios by level or status, the
/// prelude's fund or one written with bands, several caps or none, a declared input and totals. Every
/// one checks clean; the differential property settles them through every back end.
/// </summary>
internal static class GeneratedPolicies
{
    private static Gen<int> Yuan(int low, int high) => Gen.Choose(low, high);

    private static readonly Gen<string> Deductible = Gen.OneOf(
        Gen.Constant("0元 @ 第二条"),
        Yuan(0, 800).Select(x => $"{x}元 - year.deductibleMet @ 第二条"),
        from x in Yuan(0, 400) from y in Yuan(0, 600) select $"min ({x}元 - year.deductibleMetAtLevel) ({y}元 - year.deductibleMet) @ 第二条",
        Yuan(0, 500).Select(x => $"(if person.flag then 0元 else {x}元) - year.deductibleMet @ 第二条"),
        from x in Yuan(0, 50) from y in Yuan(0, 30) select $"(match claim.level with | Level3 -> {x}元 | _ -> {y}元) @ 第二条");

    private static readonly Gen<string> Ratio = Gen.OneOf(
        Gen.Choose(0, 100).Select(p => $"{p}% @ 第三条"),
        from p in Gen.Choose(0, 100) from q in Gen.Choose(0, 100) from r in Gen.Choose(0, 100)
        select $"(match claim.level with | Primary | Level1 -> {p}% | Level2 -> {q}% | _ -> {r}%) @ 第三条",
        from p in Gen.Choose(0, 80) from k in Gen.Choose(0, 20) select $"(if person.status = Retired then {p}% + {k}pp else {p}%) @ 第三条");

    private static readonly Gen<string> Benefit = Gen.OneOf(
        Yuan(0, 5000).Select(c => $"rule cap = {c}元 @ 第四条"),
        from c in Yuan(0, 3000) from d in Yuan(0, 5000) select $"rule cap = (match person.status with | Employed -> {c}元 | Retired -> {d}元) @ 第四条",
        from e in Yuan(0, 6000) from p in Gen.Choose(0, 100) from q in Gen.Choose(0, 100) from c in Yuan(0, 9000)
        select $"rule fund =\n    (bands (result.eligible - result.deductible) after total.spend\n        | up to {e}元 -> {p}% @ 第四条\n        | above -> {q}% @ 第四条)\n    capped by {c}元 against year.fundPaid @ 第四条",
        from per in Yuan(0, 300) from month in Yuan(0, 500) from year in Yuan(0, 4000)
        select "rule fund =\n    result.ratio * (result.eligible - result.deductible)\n" +
               $"        capped by {per}元 @ 第四条\n        capped by {month}元 against total.monthly when claim.level = Primary @ 第四条\n" +
               $"        capped by {year}元 against year.fundPaid @ 第四条",
        Gen.Constant("rule fund = result.ratio * (result.eligible - result.deductible) @ 第四条"));

    private static readonly Gen<string> Policy =
        from deductible in Deductible
        from ratio in Ratio
        from benefit in Benefit
        from inpatient in Gen.Elements(true, false)
        from rounding in Gen.Elements("", "round fund to 0.1元 down @ 第六条", "round fund to 1元 halfEven @ 第六条", "round fund to 0.01元 up @ 第六条")
        select $"""
            policy "generated"
                city "生成市"
                notice "生成〔2026〕1号"
                issued 2026-01-01
                in force from 2026-01-01

            input person.flag : Bool = false @ 第一条 "生成的输入"
            total spend = sum aboveDeductible per year @ 第一条
            total monthly = sum fund where claim.level = Primary per month @ 第一条
            rule eligible = claim.amount @ 第一条
            rule deductible = {deductible}
            rule ratio = {ratio}
            {benefit}
            {(inpatient ? "exclude \"住院期间\" when claim.inpatient @ 第五条" : "")}
            {rounding}
            """;

    public static Arbitrary<string> Arbitrary { get; } = Arb.From(Policy);
}
