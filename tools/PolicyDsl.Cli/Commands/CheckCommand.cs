using System.CommandLine;
using PolicyDsl.Cli.Output;
using PolicyDsl.Diagnostics;

namespace PolicyDsl.Cli.Commands;

/// <summary><c>policy check FILE...</c>: parse and check, print every diagnostic; exit 1 on any error.</summary>
internal static class CheckCommand
{
    public static Command Create(CliOutput output)
    {
        var files = new Argument<string[]>("FILE") { Description = "rule files to check: files, directories (every .policy in them) or quoted globs", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Parse and check rule files; print every error and warning with its position") { files };
        command.SetAction(result => output.Run(() => Run(result.GetValue(files)!, output)));
        return command;
    }

    private static int Run(string[] arguments, CliOutput output)
    {
        if (FileArguments.Expand(arguments, ".policy", output.Error) is not { } files) return 1;
        // Every file is read before any is reported on, so a missing one leaves standard output empty.
        var sources = files.Select(f => PolicyLoader.TryReadText(f, output.Error, out var text) ? new PolicyDsl.Text.SourceText(f, text) : null).ToList();
        if (sources.Contains(null)) return 1;
        var exit = 0;
        foreach (var (file, source) in files.Zip(sources))
        {
            var result = PolicyDsl.Semantics.PolicyChecker.Check(source!);
            // A file can hold thousands of mistakes; past the first hundred more of them help no one (and a
            // 15 KB file once printed 75 MB). The counts below are still of all of them.
            foreach (var diagnostic in result.Diagnostics.Take(DiagnosticPrinter.MaxPerFile)) DiagnosticPrinter.Print(output.Report, diagnostic);
            if (result.Diagnostics.Count > DiagnosticPrinter.MaxPerFile)
            {
                output.Report.WriteLine($"{file}: and {result.Diagnostics.Count - DiagnosticPrinter.MaxPerFile:N0} more, not shown (the first {DiagnosticPrinter.MaxPerFile} are above)");
            }
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = result.Diagnostics.Count - errors;
            output.Report.WriteLine(errors == 0
                ? $"{file}: ok ({warnings} warning(s))"
                : $"{file}: {errors} error(s), {warnings} warning(s)");
            if (errors > 0) exit = 1;
        }
        return exit;
    }
}
