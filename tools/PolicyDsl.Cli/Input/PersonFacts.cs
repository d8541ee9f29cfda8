using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// One description of each person per file. A persons file lists a person once: a second row, even
/// one alike, would be credited a second time. A claims file may give a person other facts on other
/// dates (a retirement during the year), but two rows of one date that disagree cannot both be true.
/// </summary>
internal sealed class PersonFacts(InputTable table)
{
    private readonly Dictionary<(string Id, DateOnly Date), (RawRow Row, RowFacts Facts)> _seen = [];

    /// <summary>The first disagreement between this row's person facts and an earlier row of the same person and date.</summary>
    public InputError? OnDate(RawRow row, string id, DateOnly date, RowFacts facts)
    {
        if (_seen.TryAdd((id, date), (row, facts))) return null;
        var (first, earlier) = _seen[(id, date)];
        if (facts.FirstDifference(earlier) is { } input)
        {
            var column = input.Column!;
            return new InputError(DiagnosticCatalogue.ConflictingPersonFacts, $"{table.Where(row)}:{table.ColumnNumber(column)}",
                [id, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), column, Shown(table.Cell(row, column)), Shown(table.Cell(first, column)), first.Number]);
        }
        return null;
    }

    private readonly Dictionary<string, (RawRow Row, RowFacts Facts)> _persons = [];

    /// <summary>An error when <paramref name="id"/> was listed before.</summary>
    public InputError? Once(RawRow row, string id, RowFacts facts)
    {
        if (_persons.TryAdd(id, (row, facts))) return null;
        var (first, earlier) = _persons[id];
        var same = facts.FirstDifference(earlier) is null;
        return new InputError(DiagnosticCatalogue.DuplicatePerson, $"{table.Where(row)}:{table.ColumnNumber(Semantics.Inputs.Prelude.PersonIdColumn)}",
            [id, first.Number, same ? ", with the same facts" : ", with other facts"]);
    }

    private static string Shown(string cell) => cell.Length == 0 ? "empty" : $"'{cell}'";
}
