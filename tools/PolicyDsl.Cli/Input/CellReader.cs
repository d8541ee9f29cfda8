using System.Globalization;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

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
    public Person Person(bool baseRequired) => new(
        Text("person"),
        Enum<InsuredStatus>("status"),
        Int("age", 0, 150),
        Enum<Scheme>("scheme"),
        Bool("old_worker", false),
        baseRequired ? Money("base") : Money("base", 0m));

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
