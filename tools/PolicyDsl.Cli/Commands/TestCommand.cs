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
        var files = new Argument<string[]>("FILES") { Description = "case files, or policies whose .cases file to run (default: every .cases file under policies/)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("test", "Run the golden cases beside each policy and report every difference") { files };
        command.SetAction(result => output.Run(() => Run(result.GetValue(files) ?? [], output)));
        return command;
    }

    private static int Run(string[] files, CliOutput output)
    {
        var caseFiles = files.Length > 0
            ? files.Select(f => Path.ChangeExtension(f, ".cases")).ToList()
            : Directory.Exists("policies") ? Directory.GetFiles("policies", "*.cases", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        if (caseFiles.Count == 0)
        {
            output.Error.WriteLine("policy test: no case files given and none found in policies/");
            return 1;
        }
        var (passed, failed) = (0, 0);
        var broken = false;
        foreach (var caseFile in caseFiles)
        {
            var policyPath = Path.ChangeExtension(caseFile, ".policy");
            var policy = PolicyLoader.Load(policyPath, output.Error);
            if (policy is null || !PolicyLoader.TryReadText(caseFile, InputKind.Cases, output.Error, out var text))
            {
                broken = true;
                continue;
            }
            var (file, errors) = CaseFileParser.Parse(caseFile, text);
            foreach (var error in errors) DiagnosticPrinter.Print(output.Error, error);
            broken |= errors.Count > 0;
            var runner = new CaseRunner(policy, PolicyLoader.PolicyId(policyPath));
            foreach (var goldenCase in file.Cases)
            {
                var result = runner.Run(goldenCase);
                output.Report.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {caseFile}:{goldenCase.Line} {goldenCase.Name}");
                foreach (var difference in result.Differences) output.Report.WriteLine($"     {difference}");
                if (result.Passed) passed++;
                else failed++;
            }
        }
        output.Report.WriteLine($"{passed} passed, {failed} failed");
        return failed > 0 || broken ? 1 : 0;
    }
}
