using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads persons for account credits: <c>person,status,age,scheme,base</c>, optionally <c>old_worker</c>,
/// and the person inputs the policy declares.
/// </summary>
internal static class PersonsCsv
{
    public static (IReadOnlyList<Person> Persons, InputError? Error) Read(string path, TextReader reader, IReadOnlyList<InputSymbol>? declared = null)
    {
        declared ??= [];
        var (table, error) = CsvTable.Read(path, reader, InputColumns.For(declared, claims: false, baseRequired: true));
        if (table is null) return ([], error);
        var persons = new List<Person>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cells = new CellReader(table, table.Rows[i], i);
            var person = cells.Person(baseRequired: true, declared);
            if (cells.Error is not null) return ([], cells.Error);
            persons.Add(person);
        }
        return (persons, null);
    }
}
