using System.CommandLine;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// The shape of the commands over the scenario grid (<c>scenarios</c>, <c>report</c>): POLICY... (files,
/// directories, globs), the params options, <c>--year</c>, <c>--out</c>; the policies loaded with the year.
/// </summary>
internal static class ScenarioCommand
{
    /// <param name="extra">options of this command alone (report's --claims), read by <paramref name="run"/> from the parse result</param>
    /// <param name="baseline">an option naming a policy loaded first, before POLICY..., as the one the others are measured against</param>
    public static Command Create(CliOutput output, string name, string description, string outDescription, bool outRequired,
        Func<ScenarioInput.Loaded, string?, ParseResult, int> run, IReadOnlyList<Option>? extra = null, Option<string>? baseline = null)
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
        foreach (var option in extra ?? []) command.Options.Add(option);
        if (baseline is not null) command.Options.Add(baseline);
        input.AddTo(command);
        command.SetAction(result => output.Run(() =>
            ScenarioInput.Load(name, result.GetValue(policies)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
                result.GetValue(year), input.Get(result), output, baseline is null ? null : result.GetValue(baseline)) is { } loaded
                ? run(loaded, result.GetValue(outFile), result)
                : 1));
        return command;
    }
}
