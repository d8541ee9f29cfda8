using System.CommandLine;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// The shape of the commands over the scenario grid (<c>scenarios</c>, <c>report</c>): POLICY... (files,
/// directories, globs), the params options, <c>--year</c>, <c>--out</c>; the policies loaded with the year.
/// </summary>
internal static class ScenarioCommand
{
    public static Command Create(CliOutput output, string name, string description, string outDescription, bool outRequired,
        Func<ScenarioInput.Loaded, string?, int> run)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "the rule files (they choose the year): files, directories or quoted globs", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions(sheets: false);
        var year = YearOption.Create();
        var outFile = new Option<string>("--out") { Description = outDescription, Required = outRequired };
        var command = new Command(name, description) { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        command.Options.Add(year);
        command.Options.Add(outFile);
        input.AddTo(command);
        command.SetAction(result => output.Run(() =>
            ScenarioInput.Load(name, result.GetValue(policies)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
                result.GetValue(year), input.Get(result), output) is { } loaded
                ? run(loaded, result.GetValue(outFile))
                : 1));
        return command;
    }
}
