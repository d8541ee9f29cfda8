using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>A Spectre console over any writer: no colours or cursor tricks, wide enough for Chinese columns.</summary>
internal static class Consoles
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        return console;
    }
}
