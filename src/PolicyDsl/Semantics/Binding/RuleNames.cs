namespace PolicyDsl.Semantics.Binding;

/// <summary>The rules the settlement engine asks a policy for, and the type each must have.</summary>
internal static class RuleNames
{
    public const string Eligible = "eligible";
    public const string Deductible = "deductible";
    public const string Ratio = "ratio";
    public const string Cap = "cap";
    public const string Account = "account";
    public const string Fund = "fund";

    public static readonly IReadOnlyDictionary<string, Types.PolicyType> Types = new Dictionary<string, Types.PolicyType>
    {
        [Eligible] = Semantics.Types.PolicyTypes.Money,
        [Deductible] = Semantics.Types.PolicyTypes.Money,
        [Ratio] = Semantics.Types.PolicyTypes.Ratio,
        [Cap] = Semantics.Types.PolicyTypes.Money,
        [Account] = Semantics.Types.PolicyTypes.Money,
        [Fund] = Semantics.Types.PolicyTypes.Money,
    };

    public static readonly string[] Required = [Eligible, Deductible, Ratio, Cap];

    /// <summary>With a <c>rule fund</c>, ratio and cap are optional: bands and caps may live in the fund itself.</summary>
    public static readonly string[] RequiredWithFund = [Eligible, Deductible];
}
