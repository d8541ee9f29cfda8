using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Prints diagnostics the way compilers do: <c>file:line:col: error CODE: message</c>, the source
/// line, a caret under the span, and the hint.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>At most this many diagnostics are printed for one file; the rest are counted.</summary>
    public const int MaxPerFile = Limits.MaxDiagnosticsPrinted;

    /// <summary>A source line longer than this is shown as a window around the caret.</summary>
    private const int MaxShownLine = 160;

    /// <summary>Characters kept on each side of the caret in a window.</summary>
    private const int Window = 60;

    public static void Print(TextWriter writer, Diagnostic diagnostic)
    {
        writer.WriteLine(TerminalText.Safe(diagnostic.ToString()));
        var position = diagnostic.Position;
        if (position.Line <= diagnostic.Source.LineCount && diagnostic.Source.Text.Length > 0)
        {
            var line = diagnostic.Source.GetLine(position.Line).Replace('\t', ' ');
            var column = position.Column - 1;
            if (line.Length > MaxShownLine)
            {
                // A window, marked with …, so one long line is not printed whole for every mistake in it.
                var from = Math.Max(0, Math.Min(column, line.Length) - Window);
                var to = Math.Min(line.Length, Math.Max(column, 0) + Math.Max(diagnostic.Span.Length, 1) + Window);
                var prefix = from > 0 ? "…" : "";
                line = prefix + line[from..to] + (to < line.Length ? "…" : "");
                column = column - from + prefix.Length;
            }
            var start = Math.Min(column, line.Length);
            var length = Math.Max(1, Math.Min(diagnostic.Span.Length, line.Length - start));
            // The line as it is shown: a control or bidirectional character (what PD0006 and PD0013 are
            // about) is written as its escape, which the caret then underlines, rather than acted on.
            writer.WriteLine($"    {TerminalText.Safe(line)}");
            var caret = Math.Max(1, DisplayWidth(TerminalText.Safe(line.Substring(start, Math.Min(length, line.Length - start)))));
            writer.WriteLine($"    {Pad(TerminalText.Safe(line[..start]))}{new string('^', caret)}");
        }
        if (diagnostic.EffectiveHint is { } hint) writer.WriteLine($"    hint: {hint}");
    }

    /// <summary>At most this many problems of one input file are printed; the rest are counted.</summary>
    public const int MaxInputErrors = 20;

    /// <summary>Every problem of one input file, up to <see cref="MaxInputErrors"/>, then how many more there are.</summary>
    public static void PrintAll(TextWriter writer, string path, IReadOnlyList<InputError> errors)
    {
        foreach (var error in errors.Take(MaxInputErrors)) Print(writer, error);
        if (errors.Count > MaxInputErrors) writer.WriteLine($"{path}: and {errors.Count - MaxInputErrors} more errors, not shown (the first {MaxInputErrors} are above)");
        if (errors.Count > 1) writer.WriteLine($"{path}: {errors.Count} errors; the file was not used");
    }

    public static void Print(TextWriter writer, InputError error)
    {
        // The message quotes the bad cell, which may hold anything.
        writer.WriteLine(TerminalText.Safe(error.ToString()));
        if (error.Hint is { } hint) writer.WriteLine($"    hint: {hint}");
    }

    public static void Print(TextWriter writer, string file, string? where, EvaluationError error)
    {
        // Where names the claim by its person's id, from the input file.
        writer.WriteLine(TerminalText.Safe($"{file}: error {error.Id}: {(where is null ? "" : where + ": ")}{error.Message}"));
        if (error.Hint is { } hint) writer.WriteLine($"    hint: {hint}");
    }

    /// <summary>Spaces as wide as <paramref name="prefix"/> in a terminal (CJK characters take two columns).</summary>
    private static string Pad(string prefix) => new(' ', DisplayWidth(prefix));

    private static int DisplayWidth(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    private static bool IsWide(char c) => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6'));
}
