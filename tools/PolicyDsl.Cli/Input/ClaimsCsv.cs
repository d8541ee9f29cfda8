using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads claims: the prelude's columns (<c>person,status,age,scheme,date,level,amount</c>, optionally
/// <c>channel,place,designated,inpatient,old_worker,base</c>, each also under its Chinese header) and
/// the columns of the inputs the policies declare; other columns are ignored.
/// </summary>
internal static class ClaimsCsv
{
    public static (IReadOnlyList<Claim> Claims, InputError? Error) Read(string path, TextReader reader, IReadOnlyList<InputSymbol>? declared = null)
    {
        declared ??= [];
        var (table, error) = CsvTable.Read(path, reader, InputColumns.For(declared, claims: true, baseRequired: false));
        if (table is null) return ([], error);
        var claims = new List<Claim>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cells = new CellReader(table, table.Rows[i], i);
            var person = cells.Person(baseRequired: false, declared);
            var claim = new Claim(
                person,
                cells.Date("date"),
                cells.Enum<HospitalLevel>("level"),
                cells.Money("amount"),
                cells.Enum("channel", (Channel?)Channel.OnSite),
                cells.Enum("place", (Place?)Place.Local),
                cells.Bool("designated", true),
                cells.Bool("inpatient", false),
                cells.Declared(declared, InputGroup.Claim));
            if (cells.Error is not null) return ([], cells.Error);
            claims.Add(claim);
        }
        return (claims, null);
    }
}
