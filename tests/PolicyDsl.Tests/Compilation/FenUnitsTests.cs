using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyDsl.Compilation;
using PolicyDsl.Compilation.Fen;
using PolicyDsl.Semantics;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Compilation;

/// <summary>Whole units do what the decimal does: rounding every way to every step, the step at or below a limit, conversions.</summary>
public class FenUnitsTests
{
    private static readonly Gen<Rounding> Roundings =
        from step in Gen.Elements(Rounding.Steps.ToArray())
        from mode in Gen.Elements(Enum.GetValues<RoundingMode>())
        select new Rounding(step, mode, []);

    /// <summary>Units at a scale of 0 to 9, half of them exact ties of the step (…5 after it), of either sign.</summary>
    private static readonly Gen<(long Units, int Scale)> Values =
        from scale in Gen.Choose(0, 9)
        from whole in Gen.Choose(-2_000_000, 2_000_000)
        from tie in Gen.Elements(true, false)
        from rest in Gen.Choose(0, 999_999_999)
        select (tie && scale > 0 ? whole * FenUnits.Pow10[scale] + 5 * FenUnits.Pow10[scale - 1] * Math.Sign(whole | 1) : whole * FenUnits.Pow10[scale] + rest % FenUnits.Pow10[scale], scale);

    [Property(MaxTest = 2000, Replay = "(1234,5679)")]
    public Property RoundsAsTheDecimalDoes() => Prop.ForAll(Arb.From(Values), Arb.From(Roundings), (value, rounding) =>
    {
        var exact = FenUnits.ToDecimal(value.Units, value.Scale);
        Assert.Equal(rounding.Apply(exact), FenUnits.ToDecimal(FenUnits.Round(value.Units, value.Scale, new FenRounding(rounding)), 2));
    });

    [Property(MaxTest = 2000, Replay = "(1234,5679)")]
    public Property StopsAtTheStepBelowAsTheDecimalDoes() => Prop.ForAll(Arb.From(Values), Arb.From(Roundings), (value, rounding) =>
    {
        var exact = FenUnits.ToDecimal(value.Units, value.Scale);
        Assert.Equal(rounding.AtMost(exact), FenUnits.ToDecimal(FenUnits.AtMost(value.Units, value.Scale, new FenRounding(rounding)), 2));
    });

    [Property(MaxTest = 500, Replay = "(1234,5679)")]
    public Property ConvertsBothWays() => Prop.ForAll(Arb.From(Values), value =>
    {
        var exact = FenUnits.ToDecimal(value.Units, value.Scale);
        Assert.Equal(value.Units, FenUnits.FromDecimal(exact, value.Scale));
        Assert.Equal(value.Units * 1000, FenUnits.FromDecimal(exact, value.Scale + 3));
        Assert.True(FenUnits.ScaleOf(exact) <= value.Scale);
    });

    [Theory]
    [InlineData("0.90", 1)]
    [InlineData("1800", 0)]
    [InlineData("1800.00", 0)]
    [InlineData("0.855", 3)]
    [InlineData("-12.340", 2)]
    public void ADecimalHasTheDecimalsItNeeds(string value, int scale) =>
        Assert.Equal(scale, FenUnits.ScaleOf(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AValueThatIsNotWholeUnitsOrTooLargeIsRefused()
    {
        Assert.Throws<FenInexactException>(() => FenUnits.FromDecimal(1.234m, 2));
        Assert.Throws<OverflowException>(() => FenUnits.FromDecimal(100_000_000_000_000_000m, 2));  // 10^19 fen > long.MaxValue
        Assert.Throws<OverflowException>(() => FenUnits.FromDecimal(1e25m, 0));                     // past 64 bits of mantissa
        Assert.Equal(-123456L, FenUnits.FromDecimal(-1234.56m, 2));
        Assert.Equal(long.MinValue, FenUnits.FromDecimal(FenUnits.ToDecimal(long.MinValue, 0), 0));
    }

    [Fact]
    public void AFigureHasTheDecimalsOfItsParts()
    {
        var policy = Policies.Checked("""
            rule deductible = 200.5元 - year.deductibleMet @ 第一条
            rule ratio = 62.5% @ 第一条
            rule cap = 1000元 @ 第一条
            """);
        var scales = FenScales.TryAnalyse(policy, new ParameterValues(policy.Parameters), out var reason)!;
        Assert.Null(reason);
        // Eligible is claim.amount (fen, 2); the deductible 200.5 has 1; 62.5% is 0.625, 3; the cap 1000 none.
        Assert.Equal((2, 3, 0), (scales.Figures, scales.Ratio, scales.Cap));
        // The fund before rounding is 0.625 × (eligible − deductible): 3 + 2 decimals; the room is as fine.
        Assert.Equal((5, 5), (scales.Fund, scales.Room));
    }
}
