namespace PolicyDsl.Text;

/// <summary>
/// The text of one policy file with its path and a table of line starts, so any offset maps to
/// line and column. A leading BOM is dropped and CRLF is kept: offsets always index <see cref="Text"/>.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    internal SourceText(string path, string text)
    {
        Path = path;
        Text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        _lineStarts = ComputeLineStarts(Text);
    }

    /// <summary>The file's path as it was given (only named in diagnostics).</summary>
    public string Path { get; }

    /// <summary>The whole text, without a leading byte order mark.</summary>
    public string Text { get; }

    /// <summary>How many lines the text has (a last line without a line break counts).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The line and column of a 0-based offset into <see cref="Text"/> (clamped to the text).</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLine(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    internal int GetLineStart(int line) => _lineStarts[line - 1];

    internal string Slice(TextSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return starts.ToArray();
    }
}
