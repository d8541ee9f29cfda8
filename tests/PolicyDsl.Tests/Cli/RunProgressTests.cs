using PolicyDsl.Cli.Output;
using Spectre.Console;

namespace PolicyDsl.Tests.Cli;

/// <summary>Progress bars: drawn on a terminal for long work, never for short work, never off a terminal; the work's result is unchanged.</summary>
public class RunProgressTests
{
    private static (RunProgress Progress, StringWriter Screen) Terminal()
    {
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(screen),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        return (new RunProgress(console), screen);
    }

    [Fact]
    public void LongWorkOnATerminalDrawsABarWithItsDescription()
    {
        var (progress, screen) = Terminal();
        var result = progress.Run("xiangtan: settling 50,000 claims", 50_000, tick =>
        {
            for (var i = 0; i < 50; i++) tick(1_000);
            return 42;
        });
        Assert.Equal(42, result);
        Assert.Contains("xiangtan: settling 50,000 claims", screen.ToString());
        Assert.Contains("100%", screen.ToString());
    }

    [Fact]
    public void ShortWorkDrawsNothing()
    {
        var (progress, screen) = Terminal();
        Assert.Equal(7, progress.Run("small", 19_999, tick => { tick(19_999); return 7; }));
        Assert.Equal("", screen.ToString());
    }

    [Fact]
    public void OffATerminalNothingIsDrawnAndStderrStaysEmpty()
    {
        Assert.Equal(3, RunProgress.None.Run("anything", 1_000_000, tick => { tick(1_000_000); return 3; }));
        // The command line without a terminal: standard error holds the errors only, as before.
        var result = PolicyDsl.Tests.Support.PolicyCommand.Run("simulate", PolicyDsl.Tests.Support.Repository.Path("policies", "xiangtan.policy"),
            "--claims", PolicyDsl.Tests.Support.Repository.Path("policies", "examples", "xiangtan-claims.csv"));
        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal("", result.Error);
    }
}
