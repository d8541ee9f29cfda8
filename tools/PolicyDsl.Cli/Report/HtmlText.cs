namespace PolicyDsl.Cli.Report;

/// <summary>
/// The one escaping function for text placed into the report's HTML, in element content and in quoted
/// attribute values alike: titles, citations and assumption reasons come from rule and params files, and
/// must never become markup.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Chinese first, the English beside it in the page's lighter style: both escaped.</summary>
    public static string Bilingual(string chinese, string english) => $"{Escape(chinese)} <span class=\"en\">{Escape(english)}</span>";
}
