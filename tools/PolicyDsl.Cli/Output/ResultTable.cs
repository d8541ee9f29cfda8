using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Output;

/// <summary>What a result cell holds, so each file format can write it as its own kind of value.</summary>
internal enum CellKind
{
    Text,
    /// <summary>Yuan, written with two decimals; null is empty (no such figure).</summary>
    Money,
    /// <summary>A fraction (0.6 for 60%); null is empty.</summary>
    Ratio,
    Date,
    Month,
}

/// <summary>A column of results (or a sheet's name): its English and Chinese header and its kind.</summary>
internal sealed record ResultColumn(string Name, string Chinese, CellKind Kind = CellKind.Text)
{
    public string Header(Language language) => language == Language.Zh ? Chinese : Name;

    /// <summary>The same column in a table for people, under a shorter English header when one is given.</summary>
    public ScreenColumn OnScreen(string? english = null) => new(english ?? Name, Chinese, Kind is CellKind.Money or CellKind.Ratio);

    /// <summary>A column that carries a prelude input (person, date, level, amount), under the prelude's Chinese header.</summary>
    public static ResultColumn Input(string column, CellKind kind = CellKind.Text) => new(column,
        column == Prelude.PersonIdColumn ? Prelude.PersonIdChineseColumn : Prelude.Inputs.Single(i => i.Column == column).ChineseColumn!, kind);

    /// <summary>A column that carries a settled figure (result.fund …), under the prelude's description of it.</summary>
    public static ResultColumn Result(string name, InputField field, CellKind kind = CellKind.Money) =>
        new(name, Prelude.Inputs.Single(i => i.Builtin == field).Description!, kind);
}

/// <summary>The language of headers in files: English (the default) or Chinese (<c>--lang zh</c>).</summary>
internal enum Language
{
    En,
    Zh,
}

/// <summary>
/// Results as rows of typed cells, written by one writer per file format (<see cref="CsvText"/>,
/// <see cref="XlsxWriter"/>): a money cell is a number in a workbook and two decimals in CSV.
/// </summary>
internal sealed record ResultTable(ResultColumn Sheet, IReadOnlyList<ResultColumn> Columns, IReadOnlyList<object?[]> Rows);
