using System.CommandLine;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Compilation;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy eval POLICY --claims FILE</c>: settle claims and print one row per claim, in settlement order;
/// CSV and JSON are written as persons settle, so the claims file may be of any size.
/// </summary>
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
        if (ClaimSource.Read(claimsPath, policy.Inputs.Declared, settings, output.Error) is not { } store) return 1;
        // Opened only once the input is read, so bad input leaves no output, not even an empty file.
        if (SettlementSink.For(output, format, trace) is not { } rows) return 1;
        // The citations and assumptions columns need only the grounds; the steps are recorded only for --trace.
        var recording = trace ? Recording.Trace : Recording.Grounds;
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), parameters, recording);
        // Each person on their own: a claim one cannot settle leaves every other person's results standing.
        var unsettled = new UnsettledClaims(store);
        output.Progress.Run($"{PolicyLoader.PolicyId(policyPath)}: settling {store.Count:N0} claims", store.Count, done =>
        {
            PersonBatches.Settle(engine, store, batch =>
            {
                rows.Add(batch.Select(p => p.Settled).ToList());
                foreach (var person in batch)
                {
                    if (person.Reasons is { } reasons) unsettled.Add(person.Number, reasons);
                }
            }, done);
            return unsettled.Count;
        });
        rows.Finish(unsettled.All().Select(u => u.Claim));
        if (unsettled.Count == 0) return 0;
        foreach (var (index, claim) in unsettled.All().Take(DiagnosticPrinter.MaxInputErrors))
        {
            output.Error.WriteLine($"{policyPath}: claim {index + 1} ({claim.Claim.Person.Id}, {Formatting.Date(claim.Claim.Date)}) not settled: {claim.Reason}");
        }
        if (unsettled.Count > DiagnosticPrinter.MaxInputErrors) output.Error.WriteLine($"… and {unsettled.Count - DiagnosticPrinter.MaxInputErrors} more");
        output.Error.WriteLine($"{policyPath}: {unsettled.Count} of {store.Count} claims could not be settled; the other {store.Count - unsettled.Count} are in the output");
        // The output is whole: every settled claim, and a row for each unsettled one saying why.
        output.KeepOutput();
        return 1;
    }
}
