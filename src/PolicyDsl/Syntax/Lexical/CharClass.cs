namespace PolicyDsl.Syntax.Lexical;

/// <summary>Which characters make identifiers, whitespace and full-width look-alikes.</summary>
internal static class CharClass
{
    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Whitespace, including the ideographic space U+3000 that Chinese input methods type.</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u3000' or '\u00A0';

    /// <summary>
    /// Full-width punctuation an analyst may type by accident, with the ASCII character meant.
    /// These are errors outside strings, comments and citations because they are syntax.
    /// </summary>
    public static readonly IReadOnlyDictionary<char, char> FullWidthPunctuation = new Dictionary<char, char>
    {
        ['（'] = '(', ['）'] = ')', ['：'] = ':', ['，'] = ',', ['；'] = ';', ['＝'] = '=', ['｜'] = '|',
        ['＜'] = '<', ['＞'] = '>', ['＋'] = '+', ['－'] = '-', ['＊'] = '*', ['／'] = '/', ['．'] = '.',
        ['｛'] = '{', ['｝'] = '}', ['“'] = '"', ['”'] = '"', ['＂'] = '"', ['＠'] = '@', ['＿'] = '_',
        ['【'] = '[', ['】'] = ']', ['。'] = '.',
    };

    /// <summary>
    /// Full-width characters whose meaning is unambiguous (digits, the percent sign, the ideographic
    /// space): accepted as their ASCII counterparts without complaint.
    /// </summary>
    public static char? UnambiguousFullWidth(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '％' => '%',
        '\u3000' => ' ',
        _ => null,
    };

    /// <summary>Characters that never occur in text: a sign the file is binary or mis-decoded.</summary>
    public static bool IsNotText(char c) => c == '\uFFFD' || (c < ' ' && c is not '\t' and not '\r' and not '\n');

    /// <summary>The bidirectional embedding, override and isolate controls, which reorder text on screen.</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
