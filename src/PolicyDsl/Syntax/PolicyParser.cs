using PolicyDsl.Diagnostics;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Syntax.Grammar;
using PolicyDsl.Syntax.Lexical;
using PolicyDsl.Text;

namespace PolicyDsl.Syntax;

/// <summary>
/// Reads a rule file into syntax. Never throws on any input: every problem becomes a diagnostic,
/// and each declaration is parsed on its own so that all of a file's errors are reported in one run.
/// </summary>
internal static class PolicyParser
{
    /// <summary>The longest file accepted, in characters (<see cref="Limits.MaxPolicyChars"/>).</summary>
    public const int MaxLength = Limits.MaxPolicyChars;

    /// <summary>
    /// The deepest expression accepted. Every later pass (checker, compiler, interpreter) recurses over
    /// the tree, so bounding depth here is what keeps a pathological file from overflowing the stack.
    /// </summary>
    public const int MaxDepth = Limits.MaxSyntaxDepth;

    public static ParseResult Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag(source);
        var text = source.Text;
        var empty = new PolicyFile(null, EquatableArray<Declaration>.Empty);

        if (text.Length > MaxLength)
        {
            diagnostics.Report(DiagnosticCatalogue.FileTooLarge, new TextSpan(0, 0), text.Length, MaxLength);
            return new ParseResult(source, empty, diagnostics.Sorted());
        }
        var notText = text.AsSpan().IndexOfAnyExcept(TextCharacters);
        if (notText >= 0 && CharClass.IsNotText(text[notText]))
        {
            diagnostics.Report(DiagnosticCatalogue.NotText, new TextSpan(notText, 1), (int)text[notText]);
            return new ParseResult(source, empty, diagnostics.Sorted());
        }

        ReportBidiControls(text, diagnostics);
        var (chunks, preamble) = ChunkSplitter.Split(text);
        ReportPreamble(text, preamble, diagnostics);

        var buffer = text.ToCharArray();
        var parseable = chunks.Select(c => LexicalScanner.Scan(buffer, c.Span, diagnostics)).ToList();
        var normalized = new string(buffer);

        PolicyHeader? header = null;
        var declarations = new List<Declaration>();
        var headerFailed = false;
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var isHeader = normalized.AsSpan(chunk.Span.Start).StartsWith("policy");
            if (!parseable[i] || ParseChunk(normalized, chunk, diagnostics) is not { } declaration)
            {
                headerFailed |= isHeader;
                continue;
            }
            if (declaration is PolicyHeader h)
            {
                if (header is null) header = h;
                else diagnostics.Report(DiagnosticCatalogue.DuplicateHeaderField, new TextSpan(h.Span.Start, "policy".Length), "policy");
            }
            else
            {
                declarations.Add(declaration);
            }
        }
        if (header is null && !headerFailed)
        {
            diagnostics.Report(DiagnosticCatalogue.MissingHeader, new TextSpan(0, 0));
        }
        return new ParseResult(source, new PolicyFile(header, EquatableArray.From(declarations)), diagnostics.Sorted());
    }

    private static readonly System.Buffers.SearchValues<char> TextCharacters = System.Buffers.SearchValues.Create(
        Enumerable.Range(0x20, 0xFFFD - 0x20).Select(c => (char)c).Concat(['\t', '\r', '\n']).ToArray());

    private static Declaration? ParseChunk(string text, SourceChunk chunk, DiagnosticBag diagnostics)
    {
        var session = new ParseSession(text, chunk.Span.End);
        var result = DeclarationGrammar.Declaration(chunk.Doc)(new SourceInput(session, chunk.Span.Start));
        foreach (var (descriptor, literalSpan, args) in session.LiteralErrors.Values)
        {
            diagnostics.Report(descriptor, literalSpan, args);
        }
        if (result.WasSuccessful)
        {
            foreach (var expr in SyntaxTree.Expressions(result.Value))
            {
                if (SyntaxTree.FirstDeeperThan(expr, MaxDepth) is { } tooDeep)
                {
                    diagnostics.Report(DiagnosticCatalogue.NestingTooDeep, new TextSpan(tooDeep.Span.Start, 1), MaxDepth);
                    return null;
                }
            }
            return result.Value;
        }

        if (session.TooDeepAt is { } deep)
        {
            diagnostics.Report(DiagnosticCatalogue.NestingTooDeep, new TextSpan(deep, 1), LexicalScanner.MaxNesting);
            return null;
        }
        var position = Math.Max(session.FurthestFailure, chunk.Span.Start);
        // Running out of declaration is shown at the end of its last token, not at the next declaration.
        var contentEnd = ContentEnd(text, chunk.Span);
        if (position >= contentEnd) position = Math.Min(position, contentEnd);
        var unexpected = SyntaxErrorMessage.Unexpected(text, position, position >= contentEnd ? position : chunk.Span.End);
        var expected = SyntaxErrorMessage.Expected(session.Expected);
        var span = new TextSpan(position, SyntaxErrorMessage.TokenLength(text, position, position >= contentEnd ? position : chunk.Span.End));
        var hint = SyntaxErrorMessage.Hint(unexpected, session.Expected);
        if (hint is null) diagnostics.Report(DiagnosticCatalogue.SyntaxError, span, unexpected, expected);
        else diagnostics.ReportWithHint(DiagnosticCatalogue.SyntaxError, span, hint, unexpected, expected);
        return null;
    }

    /// <summary>Where the last token of a chunk ends: trailing whitespace and comments excluded.</summary>
    private static int ContentEnd(string text, TextSpan chunk)
    {
        var end = chunk.Start;
        var i = chunk.Start;
        while (i < chunk.End)
        {
            if (CharClass.IsWhitespace(text[i])) { i++; continue; }
            if (text[i] == '/' && i + 1 < chunk.End && text[i + 1] == '/')
            {
                while (i < chunk.End && text[i] != '\n') i++;
                continue;
            }
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                i = close < 0 || close >= chunk.End ? chunk.End : close + 1;
                end = i;
                continue;
            }
            end = ++i;
        }
        return end;
    }

    /// <summary>
    /// Characters that reorder text on screen (U+202A–U+202E, U+2066–U+2069) can make a file read
    /// otherwise than it parses ("Trojan Source"): warn at each, wherever it is, strings and comments included.
    /// </summary>
    private static void ReportBidiControls(string text, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (CharClass.IsBidiControl(text[i])) diagnostics.Report(DiagnosticCatalogue.BidiControl, new TextSpan(i, 1), (int)text[i]);
        }
    }

    private static void ReportPreamble(string text, TextSpan preamble, DiagnosticBag diagnostics)
    {
        var i = Lexicon.SkipTrivia(text, preamble.Start, preamble.End);
        if (i >= preamble.End) return;
        var unexpected = SyntaxErrorMessage.Unexpected(text, i, preamble.End);
        var span = new TextSpan(i, Math.Max(1, SyntaxErrorMessage.TokenLength(text, i, preamble.End)));
        if (unexpected.StartsWith("keyword '", StringComparison.Ordinal) && ChunkSplitter.DeclarationKeywords.Contains(unexpected[9..^1]))
        {
            diagnostics.Report(DiagnosticCatalogue.IndentedDeclaration, span, unexpected[9..^1]);
        }
        else
        {
            diagnostics.Report(DiagnosticCatalogue.UnexpectedAtTopLevel, span, unexpected);
        }
    }
}
