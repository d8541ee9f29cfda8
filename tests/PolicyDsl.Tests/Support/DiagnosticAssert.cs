using PolicyDsl.Diagnostics;

namespace PolicyDsl.Tests.Support;

/// <summary>Asserts a diagnostic by id and line:column, showing every diagnostic on failure.</summary>
internal static class DiagnosticAssert
{
    public static Diagnostic Has(IReadOnlyList<Diagnostic> diagnostics, string id, int line, int column)
    {
        var found = diagnostics.FirstOrDefault(d => d.Id == id && d.Position.Line == line && d.Position.Column == column);
        Assert.True(found is not null, $"expected {id} at {line}:{column}; got:\n{Describe(diagnostics)}");
        return found!;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"  {d} (hint: {d.EffectiveHint})"));
}
