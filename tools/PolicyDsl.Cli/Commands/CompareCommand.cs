using System.CommandLine;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Runtime.Parameters;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy compare POLICY... --claims FILE</c>: settles the same claims under several policies and
/// shows them side by side. A person whose claims a policy cannot settle (an unstated figure, a date
/// out of force) is marked for that policy only; the others still compare.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliOutput output)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "rule files to compare: files, directories or quoted globs", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions();
        var claims = new Option<string>("--claims") { Description = "claims CSV (as for eval)", Required = true };
        var command = new Command("compare", "Settle the same claims under several policies and show the results side by side") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        common.Output.AddTo(command);
        command.Options.Add(claims);
        input.AddTo(command);
        command.SetAction(result => output.Run(() => common.Output.Get(result) is (var settings, null)
            ? Run(result.GetValue(policies)!, result.GetValue(claims)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
                settings!, input.Get(result), output)
            : output.Usage("compare", common.Output.Get(result).Error!)));
        return command;
    }

    private static int Run(string[] policyPaths, string claimsPath, string[] paramFiles, string[] sets, OutputSettings format, InputSettings settings, CliOutput output)
    {
        if (FileArguments.Expand(policyPaths, ".policy", output.Error) is not { } paths) return 1;
        if (ComparisonInput.Load(paths, claimsPath, paramFiles, sets, settings, output) is not var (policies, claims)) return 1;
        var columns = policies.Select(l => PolicyColumn.Settle(output, l.Name, l.Policy, l.Parameters, claims)).ToList();
        ResultOutput.Write(output, format, () => ComparisonWriter.Rows(claims, columns), (w, _) => ComparisonWriter.Write(w, claims, columns, format.Language));
        return 0;
    }
}
