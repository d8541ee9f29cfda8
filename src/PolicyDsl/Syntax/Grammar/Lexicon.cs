using PolicyDsl.Syntax.Lexical;
using PolicyDsl.Text;
using Sprache;

namespace PolicyDsl.Syntax.Grammar;

/// <summary>
/// The terminals of rule files (this file) and their literals. The grammar is three classes, one
/// per area: <see cref="Lexicon"/>, <see cref="ExpressionGrammar"/>, <see cref="DeclarationGrammar"/>;
/// separate classes because static initialisers of one partial class run in file order, and a
/// parser field read before it is set is null. Every terminal skips leading whitespace and comments
/// and records what it expected where it failed, so errors can name the furthest point reached and
/// everything that would have been accepted there.
/// </summary>
internal static partial class Lexicon
{
    internal delegate bool Scanner<T>(ParseSession session, int position, out T value, out int next);

    /// <summary>Words that cannot be used as names.</summary>
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "policy", "let", "param", "rule", "exclude", "if", "then", "else", "match", "with",
        "dated", "not", "true", "false", "when", "from", "until", "unstated", "invariant", "bands", "capped", "against", "per", "enum",
    };

    internal static int SkipTrivia(string text, int i, int end)
    {
        while (i < end)
        {
            if (CharClass.IsWhitespace(text[i])) { i++; continue; }
            if (text[i] == '/' && i + 1 < end && text[i + 1] == '/')
            {
                while (i < end && text[i] != '\n') i++;
                continue;
            }
            break;
        }
        return i;
    }

    internal static Parser<Lexeme<T>> Terminal<T>(string expectation, Scanner<T> scan) => input =>
    {
        var source = (SourceInput)input;
        var text = source.Source;
        var start = SkipTrivia(text, source.Position, source.Session.End);
        if (scan(source.Session, start, out var value, out var next))
        {
            return Result.Success(new Lexeme<T>(value, TextSpan.FromBounds(start, next)), source.At(next));
        }
        source.Session.Fail(start, expectation);
        return Result.Failure<Lexeme<T>>(source.At(start), expectation, [expectation]);
    };

    internal static int IdentifierEnd(string text, int i, int end)
    {
        if (i >= end || !CharClass.IsIdentifierStart(text[i])) return i;
        i++;
        while (i < end && CharClass.IsIdentifierPart(text[i])) i++;
        return i;
    }

    /// <summary>A punctuation symbol. Symbols that prefix longer ones (| and |&gt;, - and -&gt;) check what follows.</summary>
    internal static Parser<Lexeme<string>> Symbol(string symbol, string? expectation = null) =>
        Terminal(expectation ?? $"'{symbol}'", (ParseSession session, int i, out string value, out int next) =>
        {
            var (text, end) = (session.Text, session.End);
            value = symbol;
            next = i + symbol.Length;
            if (next > end || string.CompareOrdinal(text, i, symbol, 0, symbol.Length) != 0) return false;
            var following = next < end ? text[next] : '\0';
            return symbol switch
            {
                "|" => following is not '|' and not '>',
                "-" or "=" => following is not '>' and not '=',
                "<" => following is not '=' and not '>',
                ">" => following is not '=',
                _ => true,
            };
        });

    /// <summary>A reserved word.</summary>
    internal static Parser<Lexeme<string>> Keyword(string keyword) => Word(keyword);

    /// <summary>A word matched whole, reserved or not (header words such as <c>city</c> are not reserved).</summary>
    internal static Parser<Lexeme<string>> Word(string word, string? expectation = null) =>
        Terminal(expectation ?? $"'{word}'", (ParseSession session, int i, out string value, out int next) =>
        {
            var (text, end) = (session.Text, session.End);
            value = word;
            next = IdentifierEnd(text, i, end);
            return next - i == word.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0;
        });

    /// <summary>A name: letters (Chinese included), digits and '_', not a keyword.</summary>
    internal static readonly Parser<Lexeme<string>> Identifier =
        Terminal("a name", (ParseSession session, int i, out string value, out int next) =>
        {
            var (text, end) = (session.Text, session.End);
            next = IdentifierEnd(text, i, end);
            value = text[i..next];
            return next > i && value != "_" && !Keywords.Contains(value);
        });

    /// <summary>A field name after '.', where keywords are allowed (claim.date).</summary>
    internal static readonly Parser<Lexeme<string>> FieldName =
        Terminal("a field name", (ParseSession session, int i, out string value, out int next) =>
        {
            var (text, end) = (session.Text, session.End);
            next = IdentifierEnd(text, i, end);
            value = text[i..next];
            return next > i;
        });

    internal static readonly Parser<Lexeme<string>> EndOfDeclaration =
        Terminal("the end of the declaration", (ParseSession session, int i, out string value, out int next) =>
        {
            var end = session.End;
            value = "";
            next = i;
            return i >= end;
        });
}
