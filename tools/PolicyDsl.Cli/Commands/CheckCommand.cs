using System.CommandLine;
using System.Text.Json;
using PolicyDsl.Cli.Output;
using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics;
using PolicyDsl.Text;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy check FILE...</c>: parse and check, print every diagnostic; exit 1 on any error. With
/// <c>--format json</c> the diagnostics are a JSON document for editors and CI, printed whole.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliOutput output)
    {
        var files = new Argument<string[]>("FILE") { Description = "rule files to check: files, directories (every .policy in them) or quoted globs", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (the default) or json" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Parse and check rule files; print every error and warning with its position") { files, format };
        command.SetAction(result => output.Run(() => Run(result.GetValue(files)!, result.GetValue(format) == "json", output)));
        return command;
    }

    private static int Run(string[] arguments, bool json, CliOutput output)
    {
        if (FileArguments.Expand(arguments, ".policy", output.Error) is not { } files) return 1;
        // Every file is read before any is reported on, so a missing one leaves standard output empty.
        var sources = files.Select(f => PolicyLoader.TryReadText(f, output.Error, out var text) ? new SourceText(f, text) : null).ToList();
        if (sources.Contains(null)) return 1;
        var results = sources.Select(s => (File: s!.Path, Result: PolicyChecker.Check(s))).ToList();
        var exit = results.Any(r => r.Result.Diagnostics.Any(d => d.Severity == Severity.Error)) ? 1 : 0;
        if (json)
        {
            // The document is the result whether or not the policies have errors: released either way.
            WriteJson(output.Out, results);
            output.KeepOutput();
            return exit;
        }
        foreach (var (file, result) in results)
        {
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
        }
        return exit;
    }

    private static void WriteJson(TextWriter writer, IEnumerable<(string File, CheckResult Result)> results) =>
        writer.WriteLine(JsonSerializer.Serialize(results.Select(r => new
        {
            file = r.File,
            errors = r.Result.Diagnostics.Count(d => d.Severity == Severity.Error),
            warnings = r.Result.Diagnostics.Count(d => d.Severity != Severity.Error),
            diagnostics = r.Result.Diagnostics.Take(DiagnosticPrinter.MaxPerFile).Select(d => new
            {
                line = d.Position.Line,
                column = d.Position.Column,
                severity = d.Severity == Severity.Error ? "error" : "warning",
                code = d.Id,
                message = d.Message,
                hint = d.EffectiveHint,
            }),
        }), SettlementWriter.JsonOptions));
}
