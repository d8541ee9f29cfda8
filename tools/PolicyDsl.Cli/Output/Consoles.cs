using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// A Spectre console over any writer: no colours or cursor tricks (so piped output is plain text and
/// NO_COLOR has nothing to turn off), as wide as the terminal when standard output is one, and wide
/// enough for Chinese columns when it is a pipe or a file.
/// </summary>
internal static class Consoles
{
    private const int PipeWidth = 240;

    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = TerminalWidth() ?? PipeWidth;
        return console;
    }

    private static int? TerminalWidth()
    {
        if (Console.IsOutputRedirected) return null;
        try
        {
            return Console.WindowWidth is > 20 and var width ? width : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
