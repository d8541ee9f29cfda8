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

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <param name="rows">the results as typed rows, for CSV, JSON (when <paramref name="text"/> has no JSON of its own) and XLSX</param>
    /// <param name="text">writes the table for people, and JSON when the command has a richer JSON than its rows (traces)</param>
    public static void Write(CliOutput output, OutputSettings settings, Func<ResultTable> rows, Action<TextWriter, OutputFormat>? text = null, bool richJson = false)
    {
        if (settings.Format == OutputFormat.Xlsx)
        {
            output.WriteFile(settings.Path!, XlsxWriter.Write(rows(), settings.Language));
            return;
        }
        var (encoding, newLine) = FileText(settings);
        var writer = settings.Path is null ? output.Out : new StringWriter { NewLine = newLine };
        switch (settings.Format)
        {
            case OutputFormat.Csv: CsvText.Write(writer, rows(), settings.Language); break;
            case OutputFormat.Json when !richJson || text is null: JsonText.Write(writer, rows()); break;
            default: text!(writer, settings.Format); break;
        }
        if (settings.Path is { } file) output.WriteFile(file, [.. encoding.GetPreamble(), .. encoding.GetBytes(writer.ToString()!)]);
    }

    /// <summary>
    /// Where results too many to hold are written as they come, by the same rules: the <c>--out</c> file (kept
    /// only if the run ends well, see <see cref="CliOutput.CreateFile"/>), or standard output. Null, with the
    /// problem printed, when the file cannot be made.
    /// </summary>
    public static TextWriter? Streamed(CliOutput output, OutputSettings settings)
    {
        if (settings.Path is not { } path) return output.Streamed();
        var (encoding, newLine) = FileText(settings);
        return output.CreateFile(path, encoding, newLine);
    }

    private static (Encoding Encoding, string NewLine) FileText(OutputSettings settings) =>
        settings.Format == OutputFormat.Csv ? (settings.Bom ? Utf8WithBom : Utf8, "\r\n") : (Utf8, Environment.NewLine);
}
