using System.Text.RegularExpressions;
using PolicyDsl.Diagnostics;

namespace PolicyDsl.Runtime.Parameters;

/// <summary>
/// Reads a params file. One assignment a line; <c>#</c> or <c>//</c> start a comment:
/// <code>
/// name = value                        a value known from elsewhere
/// jinan.name = value                  the same, for policies/jinan.policy only
/// assume name = value "why"           an assumption: every result that uses it is flagged
/// </code>
/// </summary>
internal static partial class ParamsFile
{
    [GeneratedRegex("""^(?<assume>assume\s+)?(?:(?<policy>[\p{L}_][\p{L}\p{N}_-]*)\.)?(?<name>[\p{L}_][\p{L}\p{N}_]*)\s*=\s*(?<value>"[^"]*"|[^"\s]+)\s*(?:"(?<reason>[^"]*)")?\s*$""")]
    private static partial Regex Line();

    public static (IReadOnlyList<ParameterAssignment> Assignments, IReadOnlyList<InputError> Errors) Parse(string path, string text)
    {
        var assignments = new List<ParameterAssignment>();
        var errors = new List<InputError>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i].TrimEnd('\r')).Trim();
            if (line.Length == 0) continue;
            var location = $"{path}:{i + 1}";
            var parsed = ParseLine(line, location);
            if (parsed is null) errors.Add(new InputError(DiagnosticCatalogue.BadParamsLine, location, [line]));
            else if (parsed.Assumption == "") errors.Add(new InputError(DiagnosticCatalogue.AssumptionWithoutReason, location, [parsed.Name]));
            else assignments.Add(parsed);
        }
        return (assignments, errors);
    }

    /// <summary>Reads <c>NAME=VALUE</c> as given to <c>--set</c>: a supplied value, never an assumption.</summary>
    public static ParameterAssignment? ParseSet(string text)
    {
        var parsed = ParseLine(text.Trim(), "--set");
        return parsed is { Assumption: null } ? parsed : null;
    }

    private static ParameterAssignment? ParseLine(string line, string location)
    {
        var match = Line().Match(line);
        if (!match.Success) return null;
        var assumed = match.Groups["assume"].Success;
        var reason = assumed ? (match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : "") : null;
        if (!assumed && match.Groups["reason"].Success) return null;
        return new ParameterAssignment(
            match.Groups["policy"].Success ? match.Groups["policy"].Value : null,
            match.Groups["name"].Value,
            match.Groups["value"].Value,
            reason,
            location);
    }

    private static string StripComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') inString = !inString;
            if (inString) continue;
            if (line[i] == '#' || (line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/')) return line[..i];
        }
        return line;
    }
}
