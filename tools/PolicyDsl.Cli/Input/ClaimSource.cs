using PolicyDsl.Cli.Output;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// The claims of a command that settles a population (simulate, eval), compact: a UTF-8 CSV or a Parquet file
/// streamed (any size); a workbook or a GBK file read whole (a workbook is small: Excel stops at a million
/// rows), then stored the same way. Every problem is printed; null when there was any.
/// </summary>
internal static class ClaimSource
{
    public static ClaimStore? Read(string path, IReadOnlyList<InputSymbol> declared, InputSettings settings, TextWriter error)
    {
        if (InputFiles.IsParquet(path) && settings.Sheet is null) return Printed(StreamedClaims.ReadParquet(path, declared), path, error);
        if (InputFiles.IsWorkbook(path) || InputFiles.IsParquet(path) || settings.Encoding is not (null or "utf-8") || settings.Sheet is not null)
        {
            if (InputFiles.Claims(path, declared, settings, error) is not { } claims) return null;
            var whole = new ClaimStore();
            for (var i = 0; i < claims.Count; i++) whole.Add(i + 2, claims[i]);
            return whole;
        }
        return Printed(StreamedClaims.Read(path, declared), path, error);
    }

    private static ClaimStore? Printed((ClaimStore? Store, IReadOnlyList<Runtime.InputError> Errors) read, string path, TextWriter error)
    {
        DiagnosticPrinter.PrintAll(error, path, read.Errors);
        return read.Store;
    }
}
