using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads claims: <c>person,status,age,scheme,date,level,amount</c>, optionally
/// <c>channel,place,designated,inpatient,old_worker,base</c>; other columns are ignored.
/// </summary>
internal static class ClaimsCsv
{
    public static readonly string[] Required = ["person", "status", "age", "scheme", "date", "level", "amount"];

    public static (IReadOnlyList<Claim> Claims, InputError? Error) Read(string path, TextReader reader)
    {
        var (table, error) = CsvTable.Read(path, reader, Required);
        if (table is null) return ([], error);
        var claims = new List<Claim>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cells = new CellReader(table, table.Rows[i], i);
            var person = cells.Person(baseRequired: false);
            var claim = new Claim(
                person,
                cells.Date("date"),
                cells.Enum<HospitalLevel>("level"),
                cells.Money("amount"),
                cells.Enum("channel", (Channel?)Channel.OnSite),
                cells.Enum("place", (Place?)Place.Local),
                cells.Bool("designated", true),
                cells.Bool("inpatient", false));
            if (cells.Error is not null) return ([], cells.Error);
            claims.Add(claim);
        }
        return (claims, null);
    }
}
