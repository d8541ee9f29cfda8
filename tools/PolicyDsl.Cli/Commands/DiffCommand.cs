using System.CommandLine;
using PolicyDsl.Cli.Output;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy diff OLD NEW --claims FILE</c>: settles the same claims under two versions of a policy and
/// lists the claims whose results change, by how much, and which articles the change touches.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliOutput output)
    {
        var old = new Argument<string>("OLD") { Description = "the earlier version of the policy" };
        var @new = new Argument<string>("NEW") { Description = "the later version" };
        var common = new CommonOptions();
        var input = new InputOptions();
        var claims = new Option<string>("--claims") { Description = "claims CSV (as for eval)", Required = true };
        // Two readings of one file often differ only in a param (鞍山's pharmacy cover): these give each side its own value.
        var setOld = new Option<string[]>("--set-old") { Description = "NAME=VALUE for OLD only (after --params and --set); repeatable", AllowMultipleArgumentsPerToken = false };
        var setNew = new Option<string[]>("--set-new") { Description = "NAME=VALUE for NEW only (after --params and --set); repeatable", AllowMultipleArgumentsPerToken = false };
        var command = new Command("diff", "Show which claims' results change between two versions of a policy, and by how much") { old, @new };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        common.Output.AddTo(command);
        command.Options.Add(claims);
        command.Options.Add(setOld);
        command.Options.Add(setNew);
        input.AddTo(command);
        command.SetAction(result => output.Run(() =>
        {
            if (common.Output.Get(result) is not (var settings, null)) return output.Usage("diff", common.Output.Get(result).Error!);
            var paths = new[] { result.GetValue(old)!, result.GetValue(@new)! };
            if (ComparisonInput.Load(paths, result.GetValue(claims)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [], input.Get(result), output,
                    [result.GetValue(setOld) ?? [], result.GetValue(setNew) ?? []])
                is not var (policies, claimList)) return 1;
            var columns = policies.Select((p, i) => PolicyColumn.Settle(output, paths[i], p.Policy, p.Parameters, claimList)).ToList();
            ResultOutput.Write(output, settings!, () => DiffWriter.Rows(claimList, columns[0], columns[1]), (w, _) => DiffWriter.Write(w, claimList, columns[0], columns[1], settings!.Language));
            return 0;
        }));
        return command;
    }
}
