using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics;

/// <summary>
/// A running total the policy declares: what each settled claim adds to it, which claims count, and
/// when it starts again. Per person always; an excluded claim adds to no total. Rules read its value
/// before the claim being settled as <c>total.NAME</c>.
/// </summary>
public sealed record TotalDefinition(InputSymbol Symbol, TotalQuantity Quantity, BoundExpr? Where, TotalPeriod Period, TextSpan Span)
{
    public int Index => Symbol.TotalIndex!.Value;
}

/// <summary>What a settled claim adds to a total.</summary>
public enum TotalQuantity
{
    /// <summary>The claim's amount (金额).</summary>
    Amount,
    /// <summary>政策范围内费用 after exclusions.</summary>
    Eligible,
    /// <summary>The deductible applied to the claim (起付标准).</summary>
    Deductible,
    /// <summary>Eligible less the deductible applied (起付标准以上的费用): what bands are laid over.</summary>
    AboveDeductible,
    /// <summary>What the fund paid (统筹基金支付).</summary>
    Fund,
    /// <summary>One for each claim that counts (就诊次数).</summary>
    Count,
}

/// <summary>When a total starts again from zero: each natural year, month or day.</summary>
public enum TotalPeriod
{
    Year,
    Month,
    Day,
}
