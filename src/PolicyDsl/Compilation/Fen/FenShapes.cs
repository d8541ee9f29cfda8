namespace PolicyDsl.Compilation.Fen;

/// <summary>
/// <see cref="BenefitShapes.Cap"/> for rules lowered to integer fen: the same room, the same tightest room kept for
/// rounding, the same caps listed (their limit and room as the decimals they stand for). Bands share
/// <see cref="BenefitShapes.Split{T}"/> itself.
/// </summary>
internal static class FenShapes
{
    /// <param name="value">The capped value, units at <paramref name="scale"/>.</param>
    /// <param name="limit">The limit, units at <paramref name="roomScale"/>.</param>
    /// <param name="counted">What counts against it, units at <paramref name="roomScale"/>.</param>
    /// <param name="fundRoomScale">The scale of <see cref="EvaluationContext.FenRoom"/>, at least <paramref name="roomScale"/>.</param>
    public static long Cap(EvaluationContext context, long value, int scale, long limit, long counted, int roomScale, int fundRoomScale, int cap)
    {
        var room = Math.Max(0L, checked(limit - counted));
        var atFund = FenUnits.Align(room, roomScale, fundRoomScale);
        if (atFund < context.FenRoom) context.FenRoom = atFund;
        var atValue = FenUnits.Align(room, roomScale, scale);
        BenefitShapes.Record(context.Caps, new AppliedCap(cap, FenUnits.ToDecimal(limit, roomScale), FenUnits.ToDecimal(room, roomScale), value > atValue));
        return Math.Min(value, atValue);
    }
}
