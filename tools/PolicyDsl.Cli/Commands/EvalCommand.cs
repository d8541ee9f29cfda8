using System.CommandLine;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Compilation;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary><c>policy eval POLICY --claims FILE</c>: settle claims and print one row per claim.</summary>
internal static class EvalCommand
{
    public static Command Create(CliOutput output)
    {
        var common = new CommonOptions();
        var claims = new Option<string>("--claims") { Description = "claims CSV: person,status,age,scheme,date,level,amount[,channel,place,designated,inpatient,old_worker,base]", Required = true };
        var trace = new Option<bool>("--trace") { Description = "show how each figure was reached, with the articles behind it" };
        var command = new Command("eval", "Settle claims under a policy, one row per claim in settlement order");
        common.AddTo(command);
        command.Options.Add(claims);
        command.Options.Add(trace);
        command.SetAction(result => output.Run(() => Run(
            result.GetValue(common.Policy)!, result.GetValue(claims)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
            CommonOptions.ParseFormat(result.GetValue(common.Format)), result.GetValue(trace), output)));
        return command;
    }

    private static int Run(string policyPath, string claimsPath, string[] paramFiles, string[] sets, OutputFormat format, bool trace, CliOutput output)
    {
        var policy = PolicyLoader.Load(policyPath, output.Error);
        if (policy is null) return 1;
        var parameters = PolicyLoader.Parameters(policy, policyPath, paramFiles, sets, output.Error);
        if (parameters is null) return 1;
        if (!PolicyLoader.TryReadText(claimsPath, InputKind.Claims, output.Error, out var text)) return 1;
        var (claims, error) = ClaimsCsv.Read(claimsPath, new StringReader(text), policy.Inputs.Declared);
        if (error is not null)
        {
            DiagnosticPrinter.Print(output.Error, error);
            return 1;
        }
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), parameters, trace: true);
        var outcome = engine.Settle(claims);
        if (!outcome.Succeeded)
        {
            DiagnosticPrinter.Print(output.Error, policyPath, outcome.Where, outcome.Error!);
            return 1;
        }
        SettlementWriter.Write(output.Out, outcome.Results, format, trace);
        return 0;
    }
}
