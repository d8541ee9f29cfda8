using System.Text;

namespace PolicyDsl.Cli.Output;

/// <summary>
/// Writes a command's results in the chosen format, to standard output or to the <c>--out</c> file.
/// A CSV file is for Excel: UTF-8 with a BOM (without it Excel on Chinese Windows reads GBK) and CRLF
/// line ends; on standard output CSV is plain UTF-8 with the platform's line ends, for other programs.
/// </summary>
internal static class ResultOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="rows">the results as typed rows, for CSV, JSON (when <paramref name="text"/> has no JSON of its own) and XLSX</param>
    /// <param name="text">writes the table for people, and JSON when the command has a richer JSON than its rows (traces)</param>
    public static void Write(CliOutput output, OutputSettings settings, Func<ResultTable> rows, Action<TextWriter, OutputFormat>? text = null, bool richJson = false)
    {
        switch (settings.Format)
        {
            case OutputFormat.Xlsx:
                output.WriteFile(settings.Path!, XlsxWriter.Write(rows(), settings.Language));
                return;
            case OutputFormat.Csv when settings.Path is { } path:
                var csv = new StringWriter { NewLine = "\r\n" };
                CsvText.Write(csv, rows(), settings.Language);
                output.WriteFile(path, [.. settings.Bom ? Encoding.UTF8.GetPreamble() : [], .. Utf8.GetBytes(csv.ToString())]);
                return;
        }
        var writer = settings.Path is null ? output.Out : new StringWriter();
        switch (settings.Format)
        {
            case OutputFormat.Csv: CsvText.Write(writer, rows(), settings.Language); break;
            case OutputFormat.Json when !richJson || text is null: JsonText.Write(writer, rows()); break;
            default: text!(writer, settings.Format); break;
        }
        if (settings.Path is { } file) output.WriteFile(file, Utf8.GetBytes(writer.ToString()!));
    }
}
