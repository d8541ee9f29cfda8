using System.CommandLine;
using PolicyDsl.Cli.Commands;

namespace PolicyDsl.Cli;

/// <summary>The <c>policy</c> command: check rule files, settle claims, credit personal accounts.</summary>
public static class PolicyCli
{
    /// <summary>Runs the command line; returns the exit code (0 ok, 1 bad input or policy errors, 2 usage error, 3 internal error).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var output = new CliOutput(stdout, stderr);
        var root = new RootCommand("PolicyDsl: medical-insurance outpatient rules as code (职工医保门诊共济)")
        {
            CheckCommand.Create(output),
            EvalCommand.Create(output),
            AccountCommand.Create(output),
            TestCommand.Create(output),
            CompareCommand.Create(output),
            DiffCommand.Create(output),
            VerifyCommand.Create(output),
            EmitCommand.Create(output),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && args.Length > 0)
        {
            // A usage error is reported on stderr alone: stdout stays empty for any run that fails.
            foreach (var error in parse.Errors) stderr.WriteLine($"policy: {error.Message}");
            var command = parse.CommandResult.Command == root ? "policy" : $"policy {parse.CommandResult.Command.Name}";
            stderr.WriteLine($"run '{command} --help' for usage");
            return 2;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
