using System.Globalization;
using PolicyDsl.Semantics.Symbols;

namespace PolicyDsl.Semantics;

/// <summary>How a settled figure is rounded: to which step and which way (舍入).</summary>
internal enum RoundingMode
{
    /// <summary>四舍五入: a half goes away from zero (50.005 → 50.01). The default.</summary>
    HalfAwayFromZero,
    /// <summary>银行家舍入: a half goes to the even step (50.005 → 50.00, 50.015 → 50.02).</summary>
    HalfEven,
    /// <summary>舍去: towards zero (50.009 → 50.00).</summary>
    Down,
    /// <summary>进位: away from zero (50.001 → 50.01).</summary>
    Up,
}

/// <summary>
/// The rounding of a settled figure, once per claim (or per month's credit): to the fen, the jiao or the
/// yuan, one way. The engine and the emitted C# both round through this description.
/// </summary>
internal sealed record Rounding(decimal Step, RoundingMode Mode, IReadOnlyList<CitationRef> Citations)
{
    /// <summary>Half away from zero to the fen: what the engine does unless the policy says otherwise.</summary>
    public static Rounding Default { get; } = new(0.01m, RoundingMode.HalfAwayFromZero, []);

    /// <summary>The steps a policy may round to: 分, 角, 元.</summary>
    public static readonly IReadOnlyList<decimal> Steps = [0.01m, 0.1m, 1m];

    /// <summary>Decimal places the step keeps: 2, 1 or 0.</summary>
    public int Decimals => Step == 0.01m ? 2 : Step == 0.1m ? 1 : 0;

    public decimal Apply(decimal value) => Math.Round(value, Decimals, Direction(value < 0m));

    /// <summary>
    /// The .NET rounding that does it: half away, half to even, or (for down and up) the directed rounding
    /// towards or away from zero, which depends on the sign.
    /// </summary>
    public MidpointRounding Direction(bool negative) => Mode switch
    {
        RoundingMode.HalfAwayFromZero => MidpointRounding.AwayFromZero,
        RoundingMode.HalfEven => MidpointRounding.ToEven,
        RoundingMode.Down => MidpointRounding.ToZero,
        _ => negative ? MidpointRounding.ToNegativeInfinity : MidpointRounding.ToPositiveInfinity,
    };

    /// <summary>The largest step at or below <paramref name="limit"/>: where a rounded figure stops short of a cap's room.</summary>
    public decimal AtMost(decimal limit) => Math.Floor(limit / Step) * Step;

    /// <summary>"to the fen, half away from zero", for traces and listings.</summary>
    public string Describe() =>
        $"to the {(Decimals == 2 ? "fen" : Decimals == 1 ? "jiao" : "yuan")}{(Mode == RoundingMode.HalfAwayFromZero ? "" : ", " + ModeName(Mode))}";

    public static string ModeName(RoundingMode mode) => mode switch
    {
        RoundingMode.HalfAwayFromZero => "halfAwayFromZero",
        RoundingMode.HalfEven => "halfEven",
        RoundingMode.Down => "down",
        _ => "up",
    };

    public override string ToString() => $"{Step.ToString("0.00", CultureInfo.InvariantCulture)}元 {ModeName(Mode)}";
}

/// <summary>The policy's roundings: of the fund (统筹基金支付) and of the account credit (个人账户划入).</summary>
internal sealed record Roundings(Rounding Fund, Rounding Account)
{
    public static Roundings Default { get; } = new(Rounding.Default, Rounding.Default);
}
