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
        var input = new InputOptions();
        var claims = new Option<string>("--claims") { Description = "claims CSV: person,status,age,scheme,date,level,amount[,channel,place,designated,inpatient,old_worker,base]", Required = true };
        var trace = new Option<bool>("--trace") { Description = "show how each figure was reached, with the articles behind it" };
        var command = new Command("eval", "Settle claims under a policy, one row per claim in settlement order");
        common.AddTo(command);
        command.Options.Add(claims);
        command.Options.Add(trace);
        input.AddTo(command);
        command.SetAction(result => output.Run(() => common.Output.Get(result) is (var settings, null)
            ? Run(result.GetValue(common.Policy)!, result.GetValue(claims)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
                settings!, result.GetValue(trace), input.Get(result), output)
            : output.Usage("eval", common.Output.Get(result).Error!)));
        return command;
    }

    private static int Run(string policyPath, string claimsPath, string[] paramFiles, string[] sets, OutputSettings format, bool trace, InputSettings settings, CliOutput output)
    {
        var policy = PolicyLoader.Load(policyPath, output.Error);
        if (policy is null) return 1;
        var parameters = PolicyLoader.Parameters(policy, policyPath, paramFiles, sets, settings, output.Error);
        if (parameters is null) return 1;
        var claims = InputFiles.Claims(claimsPath, policy.Inputs.Declared, settings, output.Error);
        if (claims is null) return 1;
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), parameters, trace: true);
        var outcome = engine.Settle(claims);
        if (!outcome.Succeeded)
        {
            DiagnosticPrinter.Print(output.Error, policyPath, outcome.Where, outcome.Error!);
            return 1;
        }
        ResultOutput.Write(output, format, () => SettlementWriter.Rows(outcome.Results), (w, f) => SettlementWriter.Write(w, outcome.Results, f, trace), richJson: true);
        return 0;
    }
}
