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
        // Each person on their own: a claim one cannot settle leaves every other person's results standing.
        // The citations and assumptions columns need only the grounds; the steps are recorded only for --trace.
        var column = PolicyColumn.Settle(output, PolicyLoader.PolicyId(policyPath), policy, parameters, claims, trace ? Recording.Trace : Recording.Grounds);
        var order = PersonGroups.Of(claims).Order;
        var settled = order.Where(column.Results.ContainsKey).Select(i => column.Results[i]).ToList();
        var unsettled = order.Where(column.Failures.ContainsKey).Select(i => new Unsettled(claims[i], column.Failures[i])).ToList();
        ResultOutput.Write(output, format, () => SettlementWriter.Rows(settled, unsettled), (w, f) => SettlementWriter.Write(w, settled, f, trace, unsettled, format.Language), richJson: true);
        if (unsettled.Count == 0) return 0;
        foreach (var (index, reason) in order.Where(column.Failures.ContainsKey).Take(DiagnosticPrinter.MaxInputErrors).Select(i => (i, column.Failures[i])))
        {
            output.Error.WriteLine($"{policyPath}: claim {index + 1} ({claims[index].Person.Id}, {Formatting.Date(claims[index].Date)}) not settled: {reason}");
        }
        if (unsettled.Count > DiagnosticPrinter.MaxInputErrors) output.Error.WriteLine($"… and {unsettled.Count - DiagnosticPrinter.MaxInputErrors} more");
        output.Error.WriteLine($"{policyPath}: {unsettled.Count} of {claims.Count} claims could not be settled; the other {settled.Count} are in the output");
        // The output is whole: every settled claim, and a row for each unsettled one saying why.
        output.KeepOutput();
        return 1;
    }
}
