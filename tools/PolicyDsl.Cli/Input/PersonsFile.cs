using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads persons for account credits: the prelude's person columns (<c>base</c> required here, since the
/// credit is worked out from it) and the person inputs the policy declares; each person once.
/// </summary>
internal static class PersonsFile
{
    public static (IReadOnlyList<Person> Persons, IReadOnlyList<InputError> Errors) Read(RawTable raw, IReadOnlyList<InputSymbol>? declared = null)
    {
        declared ??= [];
        PersonFacts? seen = null;
        var schema = new RowSchema(InputGroup.Person, declared, input => input.Builtin == InputField.PersonBase);
        return SheetRows.Read(raw, InputColumns.For(declared, claims: false, baseRequired: true), (table, row, cells, errors) =>
        {
            seen ??= new PersonFacts(table);
            var id = cells.PersonId();
            var facts = RowFacts.Read(cells, schema);
            if (cells.Failed) return null;
            if (seen.Once(row, id, facts) is { } twice) errors.Add(twice);
            return facts.Person(id);
        });
    }
}
