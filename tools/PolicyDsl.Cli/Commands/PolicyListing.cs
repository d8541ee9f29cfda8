using System.CommandLine;
using PolicyDsl.Cli.Output;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// The shape of the commands that list something about policies (<c>params</c>, <c>values</c>): POLICY...
/// (files, directories, globs), the params options, the output options; the policies loaded with their params.
/// </summary>
internal static class PolicyListing
{
    public static Command Create(CliOutput output, string name, string description,
        Func<List<ComparisonInput.LoadedPolicy>, OutputSettings, int> list)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "rule files: files, directories or quoted globs", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions(sheets: false);
        var command = new Command(name, description) { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        common.Output.AddTo(command);
        input.AddTo(command);
        command.SetAction(result => output.Run(() =>
        {
            if (common.Output.Get(result) is not (var settings, null)) return output.Usage(name, common.Output.Get(result).Error!);
            if (FileArguments.Expand(result.GetValue(policies)!, ".policy", output.Error) is not { } paths) return 1;
            var loaded = ComparisonInput.Policies(paths, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [], input.Get(result), output);
            return loaded is null ? 1 : list(loaded, settings!);
        }));
        return command;
    }
}
