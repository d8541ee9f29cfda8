using PolicyDsl.Text;

namespace PolicyDsl.Syntax.Grammar;

/// <summary>A terminal's value with the span it was read from.</summary>
internal readonly record struct Lexeme<T>(T Value, TextSpan Span);
