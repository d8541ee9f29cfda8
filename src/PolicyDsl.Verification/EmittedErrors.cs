using System.Reflection;
using System.Text.RegularExpressions;
using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;

namespace PolicyDsl.Verification;

/// <summary>Reads the errors the emitted C# throws ("PD0308: rule eligible gives -1.00, below zero") back as the engine's.</summary>
internal static partial class EmittedErrors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticCatalogue)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    [GeneratedRegex(@"^(PD[0-9]{4}): (.*)$", RegexOptions.Singleline)]
    private static partial Regex Coded();

    /// <summary>The error a message names, its text given as every argument (the emitted message is already written out); null when it names none.</summary>
    public static EvaluationError? Parse(string message)
    {
        if (Coded().Match(message) is not { Success: true } match || !ById.TryGetValue(match.Groups[1].Value, out var descriptor)) return null;
        return new EvaluationError(new DiagnosticDescriptor(descriptor.Id, descriptor.Severity, "{0}", descriptor.Hint is null ? null : ""), [match.Groups[2].Value]);
    }
}
