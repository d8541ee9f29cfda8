using System.Text;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Text from input files as it may reach a terminal: control characters (an escape sequence in a
/// person's id could rewrite the screen or hide a row) and bidirectional overrides are shown as
/// visible escapes, <c>\x1B</c>, <c>\u202E</c>, never sent as they are.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string text)
    {
        if (!text.Any(Unsafe)) return text;
        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!Unsafe(c)) safe.Append(c);
            else if (c < 0x100) safe.Append($"\\x{(int)c:X2}");
            else safe.Append($"\\u{(int)c:X4}");
        }
        return safe.ToString();
    }

    private static bool Unsafe(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
