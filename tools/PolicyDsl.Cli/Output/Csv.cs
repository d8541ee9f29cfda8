namespace PolicyDsl.Cli.Output;

/// <summary>RFC 4180 quoting for the few fields that need it (citations hold commas and quotes).</summary>
internal static class Csv
{
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    public static void WriteRow(TextWriter writer, IEnumerable<string> fields) => writer.WriteLine(string.Join(",", fields.Select(Field)));
}
