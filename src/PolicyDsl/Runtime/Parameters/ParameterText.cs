using System.Globalization;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Syntax.Grammar;
using PolicyDsl.Syntax.Lexical;

namespace PolicyDsl.Runtime.Parameters;

/// <summary>Reads and writes parameter values in the notation of rule files: 3500元, 60%, 5pp, 2024-01-01, true, Retired.</summary>
internal static class ParameterText
{
    public static bool TryParse(string text, PolicyType type, out object? value, out string? error)
    {
        value = null;
        error = null;
        var normalized = new string(text.Trim().Select(c => CharClass.UnambiguousFullWidth(c) ?? c).ToArray());
        if (type is EnumType enumType)
        {
            if (DomainVocabulary.TryParse(enumType.Enum, normalized, out var member))
            {
                value = member;
                return true;
            }
            error = $"'{text}' is not a {enumType.Name}; use one of {string.Join(", ", DomainVocabulary.Members(enumType.Enum))}";
            return false;
        }
        // Rule files write a negative number as an operator applied to a literal; a value given on its own
        // (a case file's, a params file's) is just the number, and a whole number may be below zero.
        if (type == PolicyTypes.Int && normalized.StartsWith('-') && normalized.Length > 1 && normalized[1] != '-'
            && TryParse(normalized[1..], type, out var magnitude, out _))
        {
            value = -(int)magnitude!;
            return true;
        }
        var session = new ParseSession(normalized, normalized.Length);
        var result = Lexicon.Literal(new SourceInput(session, 0));
        if (!result.WasSuccessful || result.Remainder.Position != normalized.Length || session.LiteralErrors.Count > 0)
        {
            error = $"'{text}' is not a value of type {type}{Example(type)}";
            return false;
        }
        (value, var literalType) = result.Value switch
        {
            MoneyLiteral m => ((object)m.Yuan, (PolicyType)PolicyTypes.Money),
            RatioLiteral r => (r.Fraction, PolicyTypes.Ratio),
            PointsLiteral p => (p.Fraction, PolicyTypes.Points),
            IntLiteral i => (i.Value, PolicyTypes.Int),
            DateLiteral d => (d.Value, PolicyTypes.Date),
            BoolLiteral b => (b.Value, PolicyTypes.Bool),
            TextLiteral t => (t.Value, PolicyTypes.Text),
            _ => (null, PolicyTypes.Error),
        };
        if (literalType == type) return true;
        value = null;
        error = $"'{text}' is {literalType}, but the parameter is {type}{Example(type)}";
        return false;
    }

    private static string Example(PolicyType type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Money } => " (write it like 3500元)",
        PrimitiveType { Kind: PrimitiveKind.Ratio } => " (write it like 60%)",
        PrimitiveType { Kind: PrimitiveKind.Points } => " (write it like 5pp)",
        PrimitiveType { Kind: PrimitiveKind.Date } => " (write it like 2024-01-01)",
        PrimitiveType { Kind: PrimitiveKind.Text } => " (write it in double quotes)",
        _ => "",
    };

    /// <summary>A value as an analyst writes it. Ratios and points cannot be told apart from a bare decimal, so say which.</summary>
    public static string Format(object? value) => value switch
    {
        null => "(none)",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A typed value as an analyst writes it: 3500元, 60%, 5pp.</summary>
    public static string Format(object? value, PolicyType type) => (value, type) switch
    {
        (decimal d, PrimitiveType { Kind: PrimitiveKind.Money }) => $"{d.ToString(CultureInfo.InvariantCulture)}元",
        (decimal d, PrimitiveType { Kind: PrimitiveKind.Ratio }) => $"{(d * 100m).ToString("0.##", CultureInfo.InvariantCulture)}%",
        (decimal d, PrimitiveType { Kind: PrimitiveKind.Points }) => $"{(d * 100m).ToString("0.##", CultureInfo.InvariantCulture)}pp",
        _ => Format(value),
    };
}
