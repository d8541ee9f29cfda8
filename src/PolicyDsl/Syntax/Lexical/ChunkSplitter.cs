using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Lexical;

/// <summary>
/// Splits a file into declarations: a declaration starts with a declaration keyword in the first
/// column and runs to the next one. Strings and comments never span lines, so a line start is
/// always outside them and the split needs no parsing.
/// </summary>
internal static class ChunkSplitter
{
    public static readonly string[] DeclarationKeywords = ["policy", "let", "param", "input", "total", "enum", "round", "rule", "exclude", "invariant"];

    /// <summary>The chunks, and the span of anything before the first one (the preamble).</summary>
    public static (IReadOnlyList<SourceChunk> Chunks, TextSpan Preamble) Split(string text)
    {
        var starts = new List<(int Offset, string? Doc)>();
        var docLines = new List<string>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            if (line.StartsWith("///"))
            {
                docLines.Add(line[3..].Trim().ToString());
            }
            else
            {
                if (StartsDeclaration(line))
                {
                    starts.Add((lineStart, docLines.Count > 0 ? string.Join("\n", docLines) : null));
                }
                if (!line.IsWhiteSpace() || docLines.Count == 0) docLines.Clear();
            }
            lineStart = lineEnd + 1;
        }

        var chunks = new List<SourceChunk>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Offset : text.Length;
            chunks.Add(new SourceChunk(TextSpan.FromBounds(starts[i].Offset, end), starts[i].Doc));
        }
        var preambleEnd = starts.Count > 0 ? starts[0].Offset : text.Length;
        return (chunks, TextSpan.FromBounds(0, preambleEnd));
    }

    private static bool StartsDeclaration(ReadOnlySpan<char> line)
    {
        foreach (var keyword in DeclarationKeywords)
        {
            if (line.StartsWith(keyword, StringComparison.Ordinal)
                && (line.Length == keyword.Length || !CharClass.IsIdentifierPart(line[keyword.Length])))
            {
                return true;
            }
        }
        return false;
    }
}
