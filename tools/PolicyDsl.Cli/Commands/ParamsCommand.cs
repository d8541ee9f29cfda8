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
    public static Command Create(CliOutput output)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "rule files: files, directories or quoted globs", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions(sheets: false);
        var command = new Command("params", "List the params each policy needs, with the value a run would use, where it comes from, and whether it is assumed") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        common.Output.AddTo(command);
        input.AddTo(command);
        command.SetAction(result => output.Run(() => common.Output.Get(result) is (var settings, null)
            ? Run(result.GetValue(policies)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [], settings!, input.Get(result), output)
            : output.Usage("params", common.Output.Get(result).Error!)));
        return command;
    }

    private static int Run(string[] arguments, string[] paramFiles, string[] sets, OutputSettings format, Input.InputSettings settings, CliOutput output)
    {
        if (FileArguments.Expand(arguments, ".policy", output.Error) is not { } paths) return 1;
        if (ComparisonInput.Policies(paths, paramFiles, sets, settings, output) is not { } loaded) return 1;
        var rows = loaded.SelectMany(l => l.Policy.Parameters.Select(p =>
        {
            var given = l.Assignments.LastOrDefault(a => (a.Policy is null || a.Policy == l.Name) && a.Name == p.Name);
            var value = l.Parameters.ValueOf(p);
            return new ParamRow(l.Name, p.Name, p.Type.ToString(), value is null ? null : ParameterText.Format(value, p.Type), ParamsWriter.Source(given, p.Default is not null),
                l.Parameters.AssumptionOf(p.Index), Formatting.Citations(p.Citations.Select(c => c.Text)), p.Description ?? "");
        })).ToList();
        ResultOutput.Write(output, format, () => ParamsWriter.Rows(rows), (w, _) => ParamsWriter.Write(w, rows));
        return 0;
    }
}
