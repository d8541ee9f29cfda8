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
        var policies = new Argument<string[]>("POLICY") { Description = "rule files to compare", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var claims = new Option<string>("--claims") { Description = "claims CSV (as for eval)", Required = true };
        var command = new Command("compare", "Settle the same claims under several policies and show the results side by side") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        command.Options.Add(common.Format);
        command.Options.Add(claims);
        command.SetAction(result => output.Run(() => Run(
            result.GetValue(policies)!, result.GetValue(claims)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
            CommonOptions.ParseFormat(result.GetValue(common.Format)), output)));
        return command;
    }

    private static int Run(string[] policyPaths, string claimsPath, string[] paramFiles, string[] sets, OutputFormat format, CliOutput output)
    {
        if (ComparisonInput.Load(policyPaths, claimsPath, paramFiles, sets, output) is not var (policies, claims)) return 1;
        var columns = policies.Select(l => PolicyColumn.Settle(l.Name, l.Policy, l.Parameters, claims)).ToList();
        ComparisonWriter.Write(output.Out, claims, columns, format);
        return 0;
    }
}
