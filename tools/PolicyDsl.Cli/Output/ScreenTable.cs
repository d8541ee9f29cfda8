using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>A column of a table for people: its English and Chinese header, and whether it holds figures (right-aligned).</summary>
internal sealed record ScreenColumn(string English, string Chinese, bool Figure = false)
{
    public string Header(Language language) => language == Language.Zh ? Chinese : English;
}

/// <summary>
/// Tables and sentences for people in the run's language (<c>--lang zh</c>): every command's table is
/// made here, so a header is never English in one table and Chinese in the next.
/// </summary>
internal static class ScreenTable
{
    public static Table Create(Language language, params IEnumerable<ScreenColumn> columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn(column.Header(language)) { Alignment = column.Figure ? Justify.Right : Justify.Left });
        return table;
    }

    /// <summary>A sentence in the run's language.</summary>
    public static string Say(Language language, string english, string chinese) => language == Language.Zh ? chinese : english;
}
