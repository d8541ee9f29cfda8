namespace PolicyDsl.Cli.Input;

/// <summary>
/// A sheet of text cells as a CSV or an XLSX file holds it, before any column is known: the header
/// row, then every non-blank row with its number as a spreadsheet shows it (the header is row 1).
/// </summary>
internal sealed record RawTable(string Path, IReadOnlyList<string> Header, IReadOnlyList<RawRow> Rows);

/// <summary>One row: its number in the sheet and its cells, as many as the file gave it.</summary>
internal sealed record RawRow(int Number, string[] Cells);
