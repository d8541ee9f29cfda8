using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Lexical;

/// <summary>
/// The text of one top-level declaration, with the <c>///</c> doc comment written just above it.
/// Each chunk parses on its own, so one broken declaration does not hide errors in the next.
/// </summary>
internal sealed record SourceChunk(TextSpan Span, string? Doc);
