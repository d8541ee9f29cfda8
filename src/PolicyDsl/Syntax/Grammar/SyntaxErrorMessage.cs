using PolicyDsl.Syntax.Lexical;

namespace PolicyDsl.Syntax.Grammar;

/// <summary>Turns the furthest failure of a parse into words: what was found, what would have fitted, and a hint.</summary>
internal static class SyntaxErrorMessage
{
    private static readonly string[] ExpressionStarts =
        ["a date", "a number", "'true'", "'false'", "a quoted string", "a name", "'('", "'{'", "'-'", "'+'", "'not'", "'if'", "'match'", "'dated'", "'unstated'", "'bands'"];

    private static readonly string[] TwoCharacterOperators = ["->", "|>", "<=", ">=", "<>", "&&", "||", "==", "!=", "=>"];

    /// <summary>How many characters the unexpected token covers, for the caret.</summary>
    public static int TokenLength(string text, int position, int chunkEnd)
    {
        if (position >= chunkEnd) return 0;
        if (CharClass.IsIdentifierStart(text[position]) || char.IsAsciiDigit(text[position]))
        {
            var end = position + 1;
            while (end < chunkEnd && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.' or '%' or '-') && !(text[end] == '-' && CharClass.IsIdentifierStart(text[position]))) end++;
            return end - position;
        }
        return TwoCharacterOperators.Any(op => position + 2 <= chunkEnd && string.CompareOrdinal(text, position, op, 0, 2) == 0) ? 2 : 1;
    }

    public static string Unexpected(string text, int position, int chunkEnd)
    {
        if (position >= chunkEnd) return position >= text.TrimEnd().Length ? "end of file" : "end of the declaration";
        var c = text[position];
        if (CharClass.IsIdentifierStart(c))
        {
            var end = position + 1;
            while (end < chunkEnd && CharClass.IsIdentifierPart(text[end])) end++;
            var word = text[position..end];
            return Lexicon.Keywords.Contains(word) ? $"keyword '{word}'" : $"'{word}'";
        }
        if (char.IsAsciiDigit(c))
        {
            var end = position + 1;
            while (end < chunkEnd && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '%' or '_' or '-')) end++;
            return $"'{text[position..end]}'";
        }
        foreach (var op in TwoCharacterOperators)
        {
            if (position + 2 <= chunkEnd && string.CompareOrdinal(text, position, op, 0, 2) == 0) return $"'{op}'";
        }
        return $"'{c}'";
    }

    public static string Expected(IReadOnlyCollection<string> expected)
    {
        var set = new List<string>(expected);
        if (set.Contains("a number") && set.Contains("a name") && set.Contains("'('"))
        {
            set.RemoveAll(ExpressionStarts.Contains);
            // After a whole operand, an argument is rarely what was meant; an operator or the end is.
            if (!set.Contains("an operator")) set.Insert(0, "an expression");
        }
        set = set.Distinct().OrderBy(Rank).ToList();
        return set.Count switch
        {
            0 => "something else",
            1 => set[0],
            _ => string.Join(", ", set.Take(set.Count - 1)) + " or " + set[^1],
        };
    }

    private static int Rank(string expectation) => expectation switch
    {
        "an expression" => 0,
        "an operator" => 2,
        "a citation '@ …'" => 3,
        "the end of the declaration" => 4,
        _ => 1,
    };

    private static readonly string[] DeclarationKeywords = ["'policy'", "'let'", "'param'", "'rule'", "'exclude'", "'invariant'"];

    public static string? Hint(string unexpected, IReadOnlyCollection<string> expected) => unexpected switch
    {
        _ when DeclarationKeywords.Any(k => unexpected == "keyword " + k) =>
            "a declaration starts in the first column; this one is indented, so it reads as part of the declaration above",
        _ when expected.Contains("'required'") => "an input needs a default ('= false', '= 0元') or the word 'required' after its type",
        "'=='" => "compare with a single '='",
        "'!='" => "'<>' means 'not equal'",
        "'=>'" => "match arms and dated branches use '->'",
        "'='" when expected.Contains("'->'") => "match arms and dated branches use '->'",
        "end of file" or "end of the declaration" when expected.Contains("'else'") => "every 'if' needs an 'else'",
        "end of file" or "end of the declaration" => "a declaration ends where the next line starts in the first column with let, param, input, total, enum, rule, exclude or invariant",
        "','" when expected.Contains("';'") || expected.Contains("'}'") => "record fields are separated by ';'",
        _ => null,
    };
}
