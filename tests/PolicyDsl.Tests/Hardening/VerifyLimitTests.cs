using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Hardening;

/// <summary>Issue 11, item 7: <c>policy verify</c> at the end of the calendar, and with too many runs.</summary>
public class VerifyLimitTests
{
    private static string OpenEndedFrom(string start) => Policies.Complete("rule deductible = 100元 - year.deductibleMet @ 第一条")
        .Replace("in force from 2023-01-01", $"in force from {start}");

    [Theory]
    [InlineData("9996-01-01")]
    [InlineData("9999-06-01")]
    public void AnOpenEndedPeriodNearTheLastYearVerifies(string start)
    {
        // Once exit 3: four generated years past 9996 made the date 10000-12-31.
        using var policy = new TempFile(OpenEndedFrom(start), ".policy");
        var result = PolicyCommand.Run("verify", policy.Path, "--runs", "50");
        Assert.True(result.Exit == 0, result.Out + result.Error);
        Assert.Contains("9 passed, 0 failed", result.Out);
    }

    [Theory]
    [InlineData("100000000")]
    [InlineData("50001")]
    [InlineData("0")]
    public void RunsOutsideTheBoundAreAUsageError(string runs)
    {
        // 100,000,000 runs once grew memory without bound: every history is generated before any is checked.
        using var policy = new TempFile(OpenEndedFrom("2023-01-01"), ".policy");
        var result = PolicyCommand.Run("verify", policy.Path, "--runs", runs);
        Assert.Equal(2, result.Exit);
        Assert.Equal("policy verify: --runs must be between 1 and 50,000\n", result.Error);
        Assert.Equal("", result.Out);
    }
}
