using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics;

/// <summary>
/// A policy that has passed the checker: its header, the checked expression of each rule the engine
/// asks for, its exclusions and parameters, and the inputs it reads (<see cref="Inputs"/>: the prelude's and
/// its own declarations). Immutable; compile it once and settle with it many times.
/// </summary>
internal sealed record CheckedPolicy(
    SourceText Source,
    PolicyInfo Info,
    RuleSet Rules,
    IReadOnlyList<Exclusion> Exclusions,
    IReadOnlyList<ParameterSymbol> Parameters,
    IReadOnlyList<CitationRef> Citations,
    IReadOnlyList<Invariant> Invariants,
    InputSchema Inputs,
    IReadOnlyList<TotalDefinition> Totals,
    IReadOnlyList<Types.EnumType>? Enums = null,
    Roundings? Rounding = null)
{
    /// <summary>The enumerations the policy declares itself (each a run-time enum type).</summary>
    public IReadOnlyList<Types.EnumType> DeclaredEnums => Enums ?? [];

    /// <summary>How the fund and the account credit are rounded: the policy's <c>round</c> declarations, or half away from zero to the fen.</summary>
    public Roundings Rounds => Rounding ?? Roundings.Default;
}

/// <summary>The expressions for each quantity the settlement engine needs.</summary>
/// <param name="Eligible">政策范围内费用: the amount the pooling fund considers.</param>
/// <param name="Deductible">起付标准 that applies to this claim, before clamping to [0, eligible].</param>
/// <param name="Ratio">统筹基金支付比例; optional when the policy writes its fund.</param>
/// <param name="Cap">年度最高支付限额; optional when the policy writes its fund (none: 上不封顶).</param>
/// <param name="Account">个人账户月划入额, when the policy has one.</param>
/// <param name="Fund">统筹基金支付 as the policy writes it (bands, several caps); null for the prelude's default,
/// ratio × (eligible − deductible) capped by the cap against the year's fund paid.</param>
internal sealed record RuleSet(BoundExpr Eligible, BoundExpr Deductible, BoundExpr? Ratio, BoundExpr? Cap, BoundExpr? Account, BoundExpr? Fund = null);

/// <summary>A claim for which the fund pays nothing, with the reason shown in the trace.</summary>
internal sealed record Exclusion(string Reason, BoundExpr Condition, TextSpan Span);

/// <summary>The header: what the policy is and when it is in force.</summary>
internal sealed record PolicyInfo(string Title, string City, IReadOnlyList<string> Notices, DateOnly? Issued, DateBound InForceFrom, DateBound? InForceUntil);

/// <summary>One end of the period in force: a date, or a Date parameter when the notice does not state it.</summary>
internal sealed record DateBound(DateOnly? Date, ParameterSymbol? Parameter)
{
    public override string ToString() => Date?.ToString("yyyy-MM-dd") ?? $"param {Parameter!.Name}";
}
