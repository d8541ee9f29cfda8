using PolicyDsl.Cli;

namespace PolicyDsl.Tests.Support;

/// <summary>Runs the policy command in process and captures what it prints.</summary>
internal static class PolicyCommand
{
    public sealed record Result(int Exit, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = PolicyCli.Run(args, stdout, stderr);
        return new Result(exit, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
    }
}
