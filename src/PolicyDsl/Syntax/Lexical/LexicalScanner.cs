using PolicyDsl.Diagnostics;
using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Lexical;

/// <summary>
/// A pass over one declaration before it is parsed. It accepts what is unambiguous (full-width
/// digits, ％, the ideographic space) by writing the ASCII character in its place, reports full-width
/// punctuation with a hint and substitutes it so parsing can go on, and finds what would make the
/// parser fail badly (an unclosed string, nesting deep enough to exhaust the stack).
/// Replacements keep every offset: one character always stands for one character.
/// </summary>
internal static class LexicalScanner
{
    public const int MaxNesting = Limits.MaxBracketNesting;

    /// <summary>Normalises <paramref name="buffer"/> in place over <paramref name="span"/>.</summary>
    /// <returns>false when the chunk must not be parsed (its error is already reported).</returns>
    public static bool Scan(char[] buffer, TextSpan span, DiagnosticBag diagnostics)
    {
        var ok = true;
        var depth = 0;
        var i = span.Start;
        while (i < span.End)
        {
            var c = buffer[i];
            if (CharClass.UnambiguousFullWidth(c) is { } plain)
            {
                buffer[i] = plain;
                continue;
            }
            if (CharClass.FullWidthPunctuation.TryGetValue(c, out var ascii))
            {
                diagnostics.Report(DiagnosticCatalogue.FullWidthPunctuation, new TextSpan(i, 1), c, ascii);
                buffer[i] = ascii;
                continue;
            }
            switch (c)
            {
                case '/' when i + 1 < span.End && buffer[i + 1] == '/':
                    i = LineEnd(buffer, i, span.End);
                    break;
                case '"':
                    i = SkipString(buffer, i, span.End, diagnostics, ref ok);
                    break;
                case '@':
                    i = SkipCitation(buffer, i + 1, span.End, diagnostics, ref ok);
                    break;
                case '(' or '[' or '{':
                    if (++depth > MaxNesting && ok)
                    {
                        diagnostics.Report(DiagnosticCatalogue.NestingTooDeep, new TextSpan(i, 1), MaxNesting);
                        ok = false;
                    }
                    i++;
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                default:
                    i++;
                    break;
            }
        }
        return ok;
    }

    private static int LineEnd(char[] buffer, int i, int end)
    {
        while (i < end && buffer[i] != '\n') i++;
        return i;
    }

    private static int SkipString(char[] buffer, int quote, int end, DiagnosticBag diagnostics, ref bool ok)
    {
        var i = quote + 1;
        while (i < end && buffer[i] != '\n')
        {
            if (buffer[i] == '\\' && i + 1 < end && buffer[i + 1] != '\n') { i += 2; continue; }
            if (buffer[i] is '"' or '”') { buffer[i] = '"'; return i + 1; }
            i++;
        }
        diagnostics.Report(DiagnosticCatalogue.UnterminatedString, new TextSpan(quote, 1));
        ok = false;
        return i;
    }

    /// <summary>A citation is a quoted string or a bare run such as 第四条（二）: full-width is at home there.</summary>
    private static int SkipCitation(char[] buffer, int i, int end, DiagnosticBag diagnostics, ref bool ok)
    {
        while (i < end && buffer[i] is ' ' or '\t' or '\u3000') i++;
        if (i < end && buffer[i] is '"' or '“')
        {
            buffer[i] = '"';
            return SkipString(buffer, i, end, diagnostics, ref ok);
        }
        return CitationEnd(buffer, i, end);
    }

    /// <summary>Where a bare citation ends: at whitespace, or at an ASCII delimiter it did not open.</summary>
    public static int CitationEnd(ReadOnlySpan<char> text, int i, int end)
    {
        var parens = 0;
        while (i < end)
        {
            var c = text[i];
            if (CharClass.IsWhitespace(c) || c is ',' or ';' or '}' or '|' or '@') break;
            if (c == '(') parens++;
            if (c == ')' && parens-- == 0) break;
            i++;
        }
        return i;
    }
}
