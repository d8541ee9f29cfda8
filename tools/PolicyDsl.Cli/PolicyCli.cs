using System.CommandLine;
using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Output;

namespace PolicyDsl.Cli;

/// <summary>The <c>policy</c> command: check rule files, settle claims, credit personal accounts.</summary>
public static class PolicyCli
{
    /// <summary>Runs the command line; returns the exit code (0 ok, 1 bad input or policy errors, 2 usage error, 3 internal error).</summary>
    /// <param name="progress">whether standard error is a terminal, where long runs may draw progress bars</param>
    /// <param name="screen">whether standard output is a terminal too, where results written as they come would be drawn among the bars</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool progress = false, bool screen = false)
    {
        var output = new CliOutput(stdout, stderr) { Progress = progress ? RunProgress.OnTerminal(stderr) : RunProgress.None, OutIsScreen = screen };
        var root = new RootCommand("PolicyDsl: medical-insurance outpatient rules as code (职工医保门诊共济)")
        {
            CheckCommand.Create(output),
            EvalCommand.Create(output),
            AccountCommand.Create(output),
            TestCommand.Create(output),
            CompareCommand.Create(output),
            SimulateCommand.Create(output),
            DiffCommand.Create(output),
            VerifyCommand.Create(output),
            ParamsCommand.Create(output),
            ValuesCommand.Create(output),
            EmitCommand.Create(output),
            ScriptCommand.Create(output),
            ScenariosCommand.Create(output),
            ReportCommand.Create(output),
            ServeCommand.Create(output),
            GenerateClaimsCommand.Create(output),
        };
        if (args.Length == 0)
        {
            // No command is a usage error like any other: help, on stderr, and exit 2.
            root.Parse("--help").Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return 2;
        }
        var parse = root.Parse(args);
        // An unknown option explains the stray value after it ('--format json' where there is no --format), so it is said alone.
        var unknown = UnknownOptions(parse, args).ToList();
        var errors = unknown.Count > 0 ? unknown : parse.Errors.Select(e => e.Message).ToList();
        if (errors.Count > 0)
        {
            // A usage error is reported on stderr alone: stdout stays empty for any run that fails.
            foreach (var error in errors) stderr.WriteLine($"policy: {error}");
            stderr.WriteLine($"run '{CommandPath(parse.CommandResult)} --help' for usage");
            return 2;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>
    /// Arguments that look like options (<c>--frmat</c>) are unknown options, not file names; a file
    /// whose name starts with '-' can still be given after <c>--</c>.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parse, string[] args)
    {
        var separator = Array.IndexOf(args, "--");
        var afterSeparator = separator < 0 ? [] : args[(separator + 1)..].ToHashSet();
        return parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .Concat(parse.UnmatchedTokens)
            .Where(v => v.Length > 1 && v[0] == '-' && !char.IsAsciiDigit(v[1]) && !afterSeparator.Contains(v))
            .Distinct()
            .Select(v => $"unknown option '{v}'");
    }

    /// <summary>The command as typed, <c>policy emit cs</c>, for the help hint.</summary>
    private static string CommandPath(System.CommandLine.Parsing.CommandResult command)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? at = command; at is System.CommandLine.Parsing.CommandResult c; at = c.Parent) names.Insert(0, c.Command.Name);
        names[0] = "policy";
        return string.Join(" ", names);
    }
}
