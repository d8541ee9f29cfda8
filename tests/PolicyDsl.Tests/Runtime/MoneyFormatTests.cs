using System.Globalization;
using PolicyDsl.Runtime;

namespace PolicyDsl.Tests.Runtime;

/// <summary>Money is written with the standard two-decimal format, which must write what the custom "0.00" always wrote.</summary>
public class MoneyFormatTests
{
    private static string AsBefore(decimal yuan) => Money.RoundToFen(yuan).ToString("0.00", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0")]
    [InlineData("-0.001")]
    [InlineData("-0.0049")]
    [InlineData("0.005")]
    [InlineData("-0.005")]
    [InlineData("123.456")]
    [InlineData("100000000000000000000")]
    [InlineData("79228162514264337593543950.335")]
    public void EdgesAreWrittenAsBefore(string value)
    {
        var yuan = decimal.Parse(value, CultureInfo.InvariantCulture);
        Assert.Equal(AsBefore(yuan), Money.Format(yuan));
    }

    [Fact]
    public void NegativeZeroIsWrittenAsBefore()
    {
        var zero = new decimal(0, 0, 0, isNegative: true, scale: 2);
        Assert.Equal("0.00", Money.Format(zero));
        Assert.Equal(AsBefore(zero), Money.Format(zero));
    }

    /// <summary>Figures in whole fen, jiao or yuan, of either sign and up to where the integer way stops: written from their integer.</summary>
    [Fact]
    public void AnyFigureInFenIsWrittenAsBefore()
    {
        var random = new Random(13);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = random.Next(1, 19);
            var mantissa = random.NextInt64(0, (long)Math.Pow(10, Math.Min(digits, 18)));
            var yuan = new decimal((int)(mantissa & 0xFFFF_FFFF), (int)(mantissa >> 32), 0, random.Next(2) == 0, (byte)random.Next(0, 3));
            Assert.Equal(AsBefore(yuan), Money.Format(yuan));
        }
        Assert.Equal("92233720368547758.07", Money.Format(new decimal(long.MaxValue) / 100m));
        Assert.Equal("-0.05", Money.Format(-0.05m));
        Assert.Equal("1800.00", Money.Format(1800m));
    }

    [Fact]
    public void AnyDecimalIsWrittenAsBefore()
    {
        var random = new Random(12);
        for (var i = 0; i < 200_000; i++)
        {
            var yuan = new decimal(random.Next(), random.Next(3) == 0 ? random.Next() : 0, random.Next(5) == 0 ? random.Next() : 0, random.Next(2) == 0, (byte)random.Next(0, 29));
            Assert.Equal(AsBefore(yuan), Money.Format(yuan));
        }
    }
}
