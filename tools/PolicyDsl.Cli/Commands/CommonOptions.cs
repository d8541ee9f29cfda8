using System.CommandLine;

namespace PolicyDsl.Cli.Commands;

/// <summary>Options shared by the commands that evaluate a policy.</summary>
internal sealed class CommonOptions
{
    public Argument<string> Policy { get; } = new("POLICY") { Description = "the rule file (.policy)" };

    public Option<string[]> Params { get; } = new("--params")
    {
        Description = "a file of parameter values: 'name = value', or 'assume name = value \"why\"' for assumptions",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "NAME=VALUE: give one parameter a value (overrides --params); repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    public OutputOptions Output { get; } = new();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Policy);
        command.Options.Add(Params);
        command.Options.Add(Set);
        Output.AddTo(command);
    }
}
