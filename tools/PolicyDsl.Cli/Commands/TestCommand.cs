using System.CommandLine;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Testing;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy test [FILES]</c>: runs golden case files (NAME.cases beside NAME.policy); a pass/fail line
/// per case with the differences, then <c>N passed, N failed</c>. Exit 1 on any failure.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliOutput output)
    {
        var files = new Argument<string[]>("FILES") { Description = "case files, or policies whose .cases file to run, directories or quoted globs (default: every .cases file under policies/)", Arity = ArgumentArity.ZeroOrMore };
        var input = new InputOptions(sheets: false);
        var format = new Option<string>("--format") { Description = "text (default), or json: every case with its file, line, name, result and differences" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("test", "Run the golden cases beside each policy and report every difference") { files, format };
        input.AddTo(command);
        command.SetAction(result => output.Run(() => Run(result.GetValue(files) ?? [], result.GetValue(format) == "json", input.Get(result), output)));
        return command;
    }

    private static int Run(string[] files, bool json, Input.InputSettings settings, CliOutput output)
    {
        if (FileArguments.Expand(files, ".cases", output.Error) is not { } expanded) return 1;
        var caseFiles = files.Length > 0
            ? expanded.Select(f => Path.ChangeExtension(f, ".cases")).Distinct().ToList()
            : Directory.Exists("policies") ? Directory.GetFiles("policies", "*.cases", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        if (caseFiles.Count == 0)
        {
            output.Error.WriteLine("policy test: no case files given and none found in policies/");
            return 1;
        }
        // Every policy and case file is read before any case runs, so one that cannot be leaves standard output empty.
        var loaded = caseFiles.Select(caseFile =>
        {
            var policyPath = Path.ChangeExtension(caseFile, ".policy");
            var policy = PolicyLoader.Load(policyPath, output.Error);
            var text = policy is null ? null : Input.InputFiles.Text(caseFile, Input.InputKind.Cases, settings, output.Error);
            return (caseFile, policyPath, policy, text);
        }).ToList();
        if (loaded.Any(l => l.text is null)) return 1;
        var (passed, failed) = (0, 0);
        var broken = false;
        var results = new List<object>();
        foreach (var (caseFile, policyPath, policy, text) in loaded)
        {
            var (file, errors) = CaseFileParser.Parse(caseFile, text!);
            foreach (var error in errors) DiagnosticPrinter.Print(output.Error, error);
            broken |= errors.Count > 0;
            var runner = new CaseRunner(policy!, PolicyLoader.PolicyId(policyPath));
            foreach (var goldenCase in file.Cases)
            {
                var result = runner.Run(goldenCase);
                if (json)
                {
                    results.Add(new { file = caseFile, line = goldenCase.Line, name = goldenCase.Name, passed = result.Passed, differences = result.Differences });
                }
                else
                {
                    output.Report.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {caseFile}:{goldenCase.Line} {goldenCase.Name}");
                    foreach (var difference in result.Differences) output.Report.WriteLine($"     {difference}");
                }
                if (result.Passed) passed++;
                else failed++;
            }
        }
        if (json) output.Report.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { passed, failed, cases = results }, SettlementWriter.JsonOptions));
        else output.Report.WriteLine($"{passed} passed, {failed} failed");
        return failed > 0 || broken ? 1 : 0;
    }
}
