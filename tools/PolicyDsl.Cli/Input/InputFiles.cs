using PolicyDsl.Cli.Output;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>How the analyst's data files are to be read: <c>--encoding</c> for text files, <c>--sheet</c> for workbooks.</summary>
internal sealed record InputSettings(string? Encoding = null, string? Sheet = null)
{
    public static readonly InputSettings Default = new();
}

/// <summary>
/// Claims and persons from a CSV or an Excel workbook (by the file's extension), every problem
/// printed (the first <see cref="DiagnosticPrinter.MaxInputErrors"/>, then how many more); null when there was any.
/// </summary>
internal static class InputFiles
{
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || IsOldWorkbook(path);

    /// <summary>A Parquet file, read through DuckDB (<see cref="ParquetRows"/>).</summary>
    public static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>An Excel 97–2003 workbook, which many bureau systems still export.</summary>
    private static bool IsOldWorkbook(string path) => path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase);

    public static RawTable? Table(string path, InputKind kind, InputSettings settings, TextWriter error)
    {
        if (IsWorkbook(path))
        {
            var (table, errors) = IsOldWorkbook(path) ? XlsRows.Read(path, settings.Sheet, kind) : XlsxRows.Read(path, settings.Sheet, kind);
            DiagnosticPrinter.PrintAll(error, path, errors);
            return table;
        }
        if (IsParquet(path))
        {
            if (settings.Sheet is not null)
            {
                error.WriteLine($"policy: --sheet is for Excel workbooks (.xlsx, .xls); {path} is a Parquet file, which has no sheets");
                return null;
            }
            var (table, errors) = ParquetRows.Read(path, kind);
            DiagnosticPrinter.PrintAll(error, path, errors);
            return table;
        }
        if (settings.Sheet is not null)
        {
            error.WriteLine($"policy: --sheet is for Excel workbooks (.xlsx, .xls); {path} is read as CSV");
            return null;
        }
        var (text, unreadable) = InputText.Read(path, settings.Encoding, kind);
        var (raw, malformed) = text is null ? (null, unreadable) : CsvRows.Read(path, text);
        if (malformed is not null) DiagnosticPrinter.Print(error, malformed);
        return raw;
    }

    public static IReadOnlyList<Claim>? Claims(string path, IReadOnlyList<InputSymbol> declared, InputSettings settings, TextWriter error)
    {
        if (Table(path, InputKind.Claims, settings, error) is not { } raw) return null;
        var (claims, errors) = ClaimsFile.Read(raw, declared);
        DiagnosticPrinter.PrintAll(error, path, errors);
        return errors.Count == 0 ? claims : null;
    }

    public static IReadOnlyList<Person>? Persons(string path, IReadOnlyList<InputSymbol> declared, InputSettings settings, TextWriter error)
    {
        if (Table(path, InputKind.Persons, settings, error) is not { } raw) return null;
        var (persons, errors) = PersonsFile.Read(raw, declared);
        DiagnosticPrinter.PrintAll(error, path, errors);
        return errors.Count == 0 ? persons : null;
    }

    /// <summary>A params or case file's text, decoded as <c>--encoding</c> says; null (and the problem printed) when it cannot be.</summary>
    public static string? Text(string path, InputKind kind, InputSettings settings, TextWriter error)
    {
        var (text, problem) = InputText.Read(path, settings.Encoding, kind);
        if (problem is not null) DiagnosticPrinter.Print(error, problem);
        return text;
    }
}
