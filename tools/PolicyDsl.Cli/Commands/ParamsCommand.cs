using System.CommandLine;
using PolicyDsl.Cli.Output;
using PolicyDsl.Runtime.Parameters;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy params POLICY... [--params FILE] [--set N=V]</c>: every param each policy needs, with its
/// type, citation and description, the value this run would use and where it comes from, and whether
/// it is assumed. A param with no value is listed as such; that is what the listing is for (exit 0).
/// </summary>
internal static class ParamsCommand
{
    public static Command Create(CliOutput output) => PolicyListing.Create(output, "params",
        "List the params each policy needs, with the value a run would use, where it comes from, and whether it is assumed", (loaded, settings) =>
    {
        var rows = loaded.SelectMany(l => l.Policy.Parameters.Select(p =>
        {
            var given = l.Assignments.LastOrDefault(a => (a.Policy is null || a.Policy == l.Name) && a.Name == p.Name);
            var value = l.Parameters.ValueOf(p);
            return new ParamRow(l.Name, p.Name, p.Type.ToString(), value is null ? null : ParameterText.Format(value, p.Type), ParamsWriter.Source(given, p.Default is not null),
                l.Parameters.AssumptionOf(p.Index), Formatting.Citations(p.Citations.Select(c => c.Text)), p.Description ?? "");
        })).ToList();
        ResultOutput.Write(output, settings, () => ParamsWriter.Rows(rows), (w, _) => ParamsWriter.Write(w, rows, settings.Language));
        return 0;
    });
}
