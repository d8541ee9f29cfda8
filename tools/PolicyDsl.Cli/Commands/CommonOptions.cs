using System.CommandLine;
using PolicyDsl.Cli.Output;

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

    public Option<string> Format { get; } = CreateFormat();

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        option.AcceptOnlyFromAmong("table", "csv", "json");
        return option;
    }

    public static OutputFormat ParseFormat(string? text) => text switch
    {
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        _ => OutputFormat.Table,
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Policy);
        command.Options.Add(Params);
        command.Options.Add(Set);
        command.Options.Add(Format);
    }
}
