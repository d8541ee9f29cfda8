namespace PolicyDsl.Compilation;

/// <summary>
/// A cap that applied to a claim (its condition held): its limit, the room it left the fund, and
/// whether it bit (the fund would have been more without it). <see cref="Cap"/> is the cap's number in
/// the policy (<c>capped by</c> in file order, from 0), or <see cref="RuleCap"/> for <c>rule cap</c>
/// against the year's fund paid, the prelude's annual cap (年度最高支付限额).
/// </summary>
public readonly record struct AppliedCap(int Cap, decimal Limit, decimal Room, bool Bit)
{
    public const int RuleCap = -1;
}
