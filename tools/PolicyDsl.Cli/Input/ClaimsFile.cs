using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads claims: the prelude's claim and person columns, each also under its Chinese header, and the
/// columns of the inputs the policies declare; other columns are ignored. Every bad row is reported,
/// not only the first; a file with any is not settled at all.
/// </summary>
internal static class ClaimsFile
{
    public static (IReadOnlyList<Claim> Claims, IReadOnlyList<InputError> Errors) Read(RawTable raw, IReadOnlyList<InputSymbol>? declared = null)
    {
        declared ??= [];
        PersonFacts? persons = null;
        var personSchema = new RowSchema(InputGroup.Person, declared, _ => false);
        var claimSchema = new RowSchema(InputGroup.Claim, declared, _ => false);
        return SheetRows.Read(raw, InputColumns.For(declared, claims: true, baseRequired: false), (table, row, cells, errors) =>
        {
            persons ??= new PersonFacts(table);
            var id = cells.PersonId();
            var person = RowFacts.Read(cells, personSchema);
            var claim = RowFacts.Read(cells, claimSchema);
            if (cells.Failed) return null;
            var read = claim.Claim(person.Person(id));
            if (persons.OnDate(row, id, read.Date, person) is { } conflict) errors.Add(conflict);
            return read;
        });
    }
}
