using System.CommandLine;
using PolicyDsl.Cli.Commands;

namespace PolicyDsl.Cli;

/// <summary>The <c>policy</c> command: check rule files, settle claims, credit personal accounts.</summary>
public static class PolicyCli
{
    /// <summary>Runs the command line; returns the exit code (0 ok, 1 bad input or policy errors, 3 internal error).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var output = new CliOutput(stdout, stderr);
        var root = new RootCommand("PolicyDsl: medical-insurance outpatient rules as code (职工医保门诊共济)")
        {
            CheckCommand.Create(output),
            EvalCommand.Create(output),
            AccountCommand.Create(output),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
