using PolicyDsl.Semantics.Types;

namespace PolicyDsl.Semantics.Bound;

/// <summary>The facts a policy may read: about the claim, the person, the year so far, and the month.</summary>
public enum InputField
{
    ClaimAmount,
    ClaimDate,
    ClaimLevel,
    ClaimChannel,
    ClaimPlace,
    ClaimDesignated,
    ClaimInpatient,
    PersonStatus,
    PersonAge,
    PersonScheme,
    PersonOldWorker,
    PersonBase,
    YearFundPaid,
    YearDeductibleMet,
    YearDeductibleMetAtLevel,
    Month,
    ResultEligible,
    ResultDeductible,
    ResultRatio,
    ResultCap,
    ResultFund,
    ResultPersonal,
    ResultFundYearToDate,
}

/// <summary>How inputs are named in rule files, their types, and where they exist.</summary>
public static class InputFields
{
    /// <summary>Names as written: <c>claim.amount</c>, <c>person.age</c>, ...</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, InputField>> Records =
        new Dictionary<string, IReadOnlyDictionary<string, InputField>>
        {
            ["claim"] = new Dictionary<string, InputField>
            {
                ["amount"] = InputField.ClaimAmount,
                ["date"] = InputField.ClaimDate,
                ["level"] = InputField.ClaimLevel,
                ["channel"] = InputField.ClaimChannel,
                ["place"] = InputField.ClaimPlace,
                ["designated"] = InputField.ClaimDesignated,
                ["inpatient"] = InputField.ClaimInpatient,
            },
            ["person"] = new Dictionary<string, InputField>
            {
                ["status"] = InputField.PersonStatus,
                ["age"] = InputField.PersonAge,
                ["scheme"] = InputField.PersonScheme,
                ["oldWorker"] = InputField.PersonOldWorker,
                ["base"] = InputField.PersonBase,
            },
            ["year"] = new Dictionary<string, InputField>
            {
                ["fundPaid"] = InputField.YearFundPaid,
                ["deductibleMet"] = InputField.YearDeductibleMet,
                ["deductibleMetAtLevel"] = InputField.YearDeductibleMetAtLevel,
            },
            ["result"] = new Dictionary<string, InputField>
            {
                ["eligible"] = InputField.ResultEligible,
                ["deductible"] = InputField.ResultDeductible,
                ["ratio"] = InputField.ResultRatio,
                ["cap"] = InputField.ResultCap,
                ["fund"] = InputField.ResultFund,
                ["personal"] = InputField.ResultPersonal,
                ["fundYtd"] = InputField.ResultFundYearToDate,
            },
        };

    public static PolicyType TypeOf(InputField field) => field switch
    {
        InputField.ClaimAmount or InputField.PersonBase or InputField.YearFundPaid
            or InputField.YearDeductibleMet or InputField.YearDeductibleMetAtLevel => PolicyTypes.Money,
        InputField.ResultRatio => PolicyTypes.Ratio,
        >= InputField.ResultEligible => PolicyTypes.Money,
        InputField.ClaimDate or InputField.Month => PolicyTypes.Date,
        InputField.ClaimLevel => PolicyTypes.Level,
        InputField.ClaimChannel => PolicyTypes.Channel,
        InputField.ClaimPlace => PolicyTypes.Place,
        InputField.ClaimDesignated or InputField.ClaimInpatient or InputField.PersonOldWorker => PolicyTypes.Bool,
        InputField.PersonStatus => PolicyTypes.Status,
        InputField.PersonAge => PolicyTypes.Int,
        InputField.PersonScheme => PolicyTypes.Scheme,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Claim and year facts exist only while settling a claim, not when crediting an account.</summary>
    public static bool IsClaimOnly(InputField field) => field < InputField.PersonStatus || (field >= InputField.YearFundPaid && field <= InputField.YearDeductibleMetAtLevel);

    public static bool IsAccountOnly(InputField field) => field == InputField.Month;

    /// <summary>The settled result exists only once a claim is settled: in invariants, not in rules.</summary>
    public static bool IsResult(InputField field) => field >= InputField.ResultEligible;

    /// <summary>The name as written in a rule file.</summary>
    public static string NameOf(InputField field) => field == InputField.Month
        ? "month"
        : Records.SelectMany(r => r.Value.Select(f => (Name: $"{r.Key}.{f.Key}", f.Value))).First(p => p.Value == field).Name;
}
