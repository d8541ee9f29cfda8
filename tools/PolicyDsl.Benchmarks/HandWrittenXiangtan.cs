using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// policies/xiangtan.policy written by hand in C#, the way a developer would without the DSL. It is
/// the benchmark's baseline, so it must agree with the compiled policy on every claim (checked in setup).
/// </summary>
internal sealed class HandWrittenXiangtan : IRuleEvaluator
{
    public const decimal YearlyDeductibleLimit = 300m;

    public const string InpatientReason = "住院期间不享受门诊统筹待遇";
    public const string NotDesignatedReason = "非定点医药机构或未直接结算的费用由个人自付";

    private static readonly DateOnly AccountFrom = new(2023, 1, 1);

    public static decimal LevelDeductible(HospitalLevel level) => level switch
    {
        HospitalLevel.Primary or HospitalLevel.Level1 => 0m,
        HospitalLevel.Level2 => 200m,
        HospitalLevel.Level3 => 300m,
        _ => throw Unstated(),
    };

    public static decimal RatioOf(HospitalLevel level) => level switch
    {
        HospitalLevel.Primary or HospitalLevel.Level1 => 0.70m,
        HospitalLevel.Level2 or HospitalLevel.Level3 => 0.60m,
        _ => throw Unstated(),
    };

    public static decimal CapOf(InsuredStatus status) => status == InsuredStatus.Retired ? 2000m : 1500m;

    public decimal Eligible(EvaluationContext context) => context.Claim!.Amount;

    public decimal Deductible(EvaluationContext context) =>
        Math.Min(LevelDeductible(context.Claim!.Level) - context.Totals[DeductibleMetAtLevel], YearlyDeductibleLimit - context.Totals[DeductibleMet]);

    // The prelude's totals, by index (Prelude.Totals): year.deductibleMet, and year.deductibleMetAtLevel kept by claim.level.
    private const int DeductibleMet = 1, DeductibleMetAtLevel = 2;

    public int TotalKey(int index, EvaluationContext context) => index == DeductibleMetAtLevel ? (int)context.Claim!.Level : 0;

    public decimal Ratio(EvaluationContext context) => RatioOf(context.Claim!.Level);

    public decimal Cap(EvaluationContext context) => CapOf(context.Person.Status);

    /// <summary>The policy does not price specialist hospitals: claims carry the hospital's grade.</summary>
    private static PolicyEvaluationException Unstated() =>
        new(new EvaluationError(DiagnosticCatalogue.UnstatedReached, ["第四条按医院等级规定，未单列专科医院：请按其等级录入 level"]));

    public bool Excludes(int index, EvaluationContext context) => index switch
    {
        0 => context.Claim!.Inpatient,
        _ => !context.Claim!.Designated,
    };

    public bool HasAccount => true;

    public decimal Account(EvaluationContext context)
    {
        if (context.Date < AccountFrom)
        {
            throw new PolicyEvaluationException(new EvaluationError(DiagnosticCatalogue.UnstatedReached,
                ["2023年1月1日前的个人账户计入办法不在本细则内（第十条只规定此后）"]));
        }
        var person = context.Person;
        if (person.Scheme == Scheme.SinglePool) return 0m;
        return person.Status == InsuredStatus.Employed ? person.Base * 0.02m : 75m;
    }
}
