using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;
using Sprache;

namespace PolicyDsl.Testing;

/// <summary>Reads a case file line by line; every bad line is reported with its position, none stops the others.</summary>
internal static class CaseFileParser
{
    public static (CaseFile File, IReadOnlyList<InputError> Errors) Parse(string path, string text)
    {
        var errors = new List<InputError>();
        var cases = new List<GoldenCase>();
        (GoldenCase Case, List<CaseSetting> Settings, List<CasePerson> Persons, List<CaseStep> Steps)? current = null;
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var content = StripComment(lines[i]).TrimEnd();
            if (content.Trim().Length == 0) continue;
            IResult<object> result;
            try
            {
                result = CaseGrammar.Line(number)(new Input(content));
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                // A value that reads as a date or number but is not one (2023-02-30, an age of 99999999999, a repeated field).
                errors.Add(new InputError(DiagnosticCatalogue.CaseBadValue, $"{path}:{number}", [e.Message]));
                continue;
            }
            if (!result.WasSuccessful)
            {
                // Sprache stops before the whitespace a token would have skipped; point at the word itself.
                var at = result.Remainder.Position;
                while (at < content.Length && char.IsWhiteSpace(content[at])) at++;
                var found = at >= content.Length ? "end of line" : $"'{content[at..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]}'";
                var expected = result.Expectations.Any() ? string.Join(" or ", result.Expectations.Distinct()) : result.Message;
                errors.Add(new InputError(DiagnosticCatalogue.CaseSyntax, $"{path}:{number}:{at + 1}", [found, expected]));
                continue;
            }
            switch (result.Value)
            {
                case GoldenCase c:
                    Close();
                    current = (c, [], [], []);
                    break;
                case var item when current is null:
                    errors.Add(new InputError(DiagnosticCatalogue.CaseOutsideCase, $"{path}:{number}", []));
                    _ = item;
                    break;
                case CaseSetting s: current.Value.Settings.Add(s); break;
                case CasePerson p when current.Value.Persons.Any(q => q.Person.Id == p.Person.Id):
                    errors.Add(new InputError(DiagnosticCatalogue.CaseDuplicatePerson, $"{path}:{number}", [p.Person.Id]));
                    break;
                case CasePerson p: current.Value.Persons.Add(p); break;
                case CaseStep step:
                    var id = step switch { ClaimStep c => c.PersonId, YearStep y => y.PersonId, AccountStep a => a.PersonId, _ => "" };
                    if (current.Value.Persons.All(p => p.Person.Id != id))
                    {
                        errors.Add(new InputError(DiagnosticCatalogue.CaseUnknownPerson, $"{path}:{number}", [id]));
                        break;
                    }
                    current.Value.Steps.Add(step);
                    break;
            }
        }
        Close();
        return (new CaseFile(path, cases), errors);

        void Close()
        {
            if (current is { } c) cases.Add(c.Case with { Settings = c.Settings, Persons = c.Persons, Steps = c.Steps });
            current = null;
        }
    }

    private static string StripComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') inString = !inString;
            if (!inString && line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/') return line[..i];
        }
        return line;
    }
}
