namespace PolicyDsl.Compilation;

/// <summary>
/// A cap that applied to a claim (its condition held): its limit, the room it left the fund, and
/// whether it bit (the fund would have been more without it). <see cref="Cap"/> is the cap's number in
/// the policy (<c>capped by</c> in file order, from 0), or <see cref="RuleCap"/> for <c>rule cap</c>
/// against the year's fund paid, the prelude's annual cap (年度最高支付限额).
/// </summary>
/// <param name="Cap">The cap's number: <c>capped by</c> in file order from 0, or <see cref="RuleCap"/>.</param>
/// <param name="Limit">The cap's limit (限额) for this claim.</param>
/// <param name="Room">What the cap left the fund before this claim: max(0, limit − counted so far).</param>
/// <param name="Bit">Whether the fund would have paid more without this cap.</param>
public readonly record struct AppliedCap(int Cap, decimal Limit, decimal Room, bool Bit)
{
    /// <summary>The <see cref="Cap"/> number of <c>rule cap</c>, the annual cap against the year's fund paid.</summary>
    public const int RuleCap = -1;
}
