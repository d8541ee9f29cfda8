using System.Globalization;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Types;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads typed cells of one row; the first bad cell becomes an <see cref="InputError"/> naming the
/// row, the column and the value.
/// </summary>
internal sealed class CellReader(CsvTable table, string[] row, int index)
{
    public InputError? Error { get; private set; }

    private string Fail(string column, string problem)
    {
        Error ??= new InputError(DiagnosticCatalogue.BadCell, $"{table.Where(index)}:{table.ColumnNumber(column)}", [column, problem]);
        return "";
    }

    public string Text(string column)
    {
        var value = table.Cell(row, column);
        return value.Length == 0 ? Fail(column, "is empty") : value;
    }

    public T Enum<T>(string column, T? fallback = null) where T : struct, System.Enum
    {
        var value = table.Cell(row, column);
        if (value.Length == 0 && fallback is { } f) return f;
        if (DomainVocabulary.TryParse<T>(value, out var parsed)) return parsed;
        Fail(column, value.Length == 0 ? "is empty" : $"'{value}' is not one of {string.Join(", ", DomainVocabulary.CsvNames<T>())}");
        return default;
    }

    public int Int(string column, int min, int max)
    {
        var value = table.Cell(row, column);
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max) return parsed;
        Fail(column, value.Length == 0 ? "is empty" : $"'{value}' is not a whole number from {min} to {max}");
        return 0;
    }

    /// <summary>Money in yuan: not negative, at most two decimals (fen), below a trillion.</summary>
    public decimal Money(string column, decimal? fallback = null)
    {
        var value = table.Cell(row, column);
        if (value.Length == 0 && fallback is { } f) return f;
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            Fail(column, value.Length == 0 ? "is empty" : value.StartsWith('-') ? $"'{value}' is negative" : $"'{value}' is not an amount in yuan");
            return 0;
        }
        if (parsed != Math.Round(parsed, 2)) Fail(column, $"'{value}' has more than two decimals (the fen is the smallest unit)");
        if (parsed >= 1_000_000_000_000m) Fail(column, $"'{value}' is too large");
        return parsed;
    }

    /// <summary>The person columns shared by claims and persons files; <paramref name="baseRequired"/> for persons files.</summary>
    public Person Person(bool baseRequired, IReadOnlyList<InputSymbol> declared) => new(
        Text("person"),
        Enum<InsuredStatus>("status"),
        Int("age", 0, 150),
        Enum<Scheme>("scheme"),
        Bool("old_worker", false),
        baseRequired ? Money("base") : Money("base", 0m),
        Declared(declared, InputGroup.Person));

    /// <summary>
    /// The values of the declared inputs of one group given in this row. An empty cell is left out, so
    /// the policy's own default applies; a required input with an empty cell is an error here.
    /// </summary>
    public InputValues Declared(IReadOnlyList<InputSymbol> declared, InputGroup group)
    {
        var values = new List<KeyValuePair<string, object>>();
        foreach (var input in declared.Where(i => i.Group == group))
        {
            var column = input.Column!;
            if (table.Cell(row, column).Length == 0)
            {
                if (input.Required) Fail(column, "is empty, and the policy requires it");
                continue;
            }
            if (Typed(column, input.Type) is { } value) values.Add(new(input.Name, value));
        }
        return values.Count == 0 ? InputValues.Empty : new InputValues(values);
    }

    /// <summary>A non-empty cell read as a value of <paramref name="type"/>, or null (with the error recorded).</summary>
    private object? Typed(string column, PolicyType type)
    {
        switch (type)
        {
            case EnumType e:
                var text = table.Cell(row, column);
                if (DomainVocabulary.TryParse(e.Enum, text, out var member)) return member;
                Fail(column, $"'{text}' is not one of {string.Join(", ", DomainVocabulary.Members(e.Enum).Select(DomainVocabulary.CsvName))}");
                return null;
            case PrimitiveType { Kind: PrimitiveKind.Bool }:
                return Bool(column, false);
            case PrimitiveType { Kind: PrimitiveKind.Int }:
                // A declared whole number may be negative (a balance, an adjustment), unlike an age.
                var number = table.Cell(row, column);
                if (int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
                Fail(column, $"'{number}' is not a whole number");
                return null;
            case PrimitiveType { Kind: PrimitiveKind.Money }:
                return Money(column);
            case PrimitiveType { Kind: PrimitiveKind.Date }:
                return Date(column);
            case PrimitiveType { Kind: PrimitiveKind.Text }:
                return table.Cell(row, column);
            default:
                // Ratio and Points are written as in rule files: 60%, 5pp.
                var cell = table.Cell(row, column);
                if (Runtime.Parameters.ParameterText.TryParse(cell, type, out var value, out var problem)) return value;
                Fail(column, problem ?? $"'{cell}' is not a {type}");
                return null;
        }
    }

    public DateOnly Date(string column)
    {
        var value = table.Cell(row, column);
        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return parsed;
        Fail(column, value.Length == 0 ? "is empty" : $"'{value}' is not a date (write YYYY-MM-DD)");
        return default;
    }

    public bool Bool(string column, bool fallback)
    {
        var value = table.Cell(row, column);
        switch (value.ToLowerInvariant())
        {
            case "": return fallback;
            case "true" or "是": return true;
            case "false" or "否": return false;
            default:
                Fail(column, $"'{value}' is not true or false");
                return fallback;
        }
    }
}
