using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics;

/// <summary>
/// A running total: what each settled claim adds to it, which claims count, when it starts again, and
/// optionally what it is kept by (<c>by claim.level</c>: one total for each level, and a claim reads the
/// one for its own). Per person always; an excluded claim adds to no total. Rules read its value before
/// the claim being settled as <c>total.NAME</c>; the prelude's (<c>year.fundPaid</c>, …) are declared the
/// same way in <see cref="Inputs.Prelude.Totals"/>.
/// </summary>
/// <param name="Key">The claim or person input (an enumeration or Bool) the total is kept by; null for one total.</param>
internal sealed record TotalDefinition(InputSymbol Symbol, TotalQuantity Quantity, BoundExpr? Where, TotalPeriod Period, BoundExpr? Key, TextSpan Span)
{
    public int Index => Symbol.TotalIndex!.Value;

    /// <summary>How many separate totals it keeps: one per value of its key (storage slots only: no meaning hangs on their order).</summary>
    /// <remarks>Worked out once: a person's totals are made for every person settled, and counting an enumeration's values is reflection.</remarks>
    public int KeySlots { get; } = Key is null ? 1 : TotalKeys.Slots(Key.Type);

    /// <summary>How the declaration reads, for documentation of emitted code and listings.</summary>
    public string Describe() =>
        $"{(Quantity == TotalQuantity.Count ? "count" : "sum " + TotalKeys.QuantityName(Quantity))}{(Where is null ? "" : " where …")} per {Period.ToString().ToLowerInvariant()}"
        + (Key is BoundInput { Input: var key } ? $" by {key.QualifiedName}" : "");
}

/// <summary>What a settled claim adds to a total.</summary>
internal enum TotalQuantity
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
internal enum TotalPeriod
{
    Year,
    Month,
    Day,
}
