using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Progress of a long run, on standard error and only when it is a terminal: a bar per policy
/// settling a claims file, or per policy verified. Piped or redirected, nothing is written, so a log
/// or a test sees the same standard error as before; the results on standard output never change.
/// Colours follow Spectre's detection, which honours <c>NO_COLOR</c>.
/// </summary>
internal sealed class RunProgress(IAnsiConsole? console, long threshold = RunProgress.Threshold)
{
    /// <summary>Work smaller than this finishes before a bar would be worth drawing.</summary>
    private const long Threshold = 20_000;

    public static readonly RunProgress None = new(null);

    /// <summary>Progress on <paramref name="stderr"/>, which the caller knows to be a terminal.</summary>
    public static RunProgress OnTerminal(TextWriter stderr) => new(AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stderr),
        Interactive = InteractionSupport.Yes,
    }));

    /// <summary>Runs <paramref name="work"/>, which reports each unit done to the action it is given, under a bar named <paramref name="description"/>.</summary>
    /// <param name="total">units of work (claims, runs); below the threshold no bar is drawn</param>
    public T Run<T>(string description, long total, Func<Action<long>, T> work)
    {
        if (console is null || total < threshold) return work(_ => { });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(TerminalText.Safe(description)), maxValue: total);
                return work(done => task.Increment(done));
            });
    }
}
