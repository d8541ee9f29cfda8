using System.CommandLine;
using PolicyDsl.Cli.Output;
using PolicyDsl.Verification;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy verify POLICY... [--runs N] [--seed S]</c>: checks every invariant, built in and declared,
/// on generated claim histories; a failure prints the shrunk counterexample as a claims CSV, the
/// invariant with its citation, and the seed to replay (with <c>--format json</c>, the same as one
/// JSON document). Exit 1 on any failure.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliOutput output)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "rule files to verify: files, directories or quoted globs", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions(sheets: false);
        var runs = new Option<int>("--runs") { Description = "claim histories to generate per policy", DefaultValueFactory = _ => 1000 };
        var format = new Option<string>("--format") { Description = "text (the default), or json: each policy's invariants with their results, counterexamples and replay commands" };
        format.AcceptOnlyFromAmong("text", "json");
        var seed = new Option<ulong>("--seed") { Description = "the generator's seed; the same seed replays the same histories", DefaultValueFactory = _ => 1 };
        var command = new Command("verify", "Check invariants on generated claim histories; print a shrunk counterexample for any that breaks") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.Options.Add(format);
        input.AddTo(command);
        command.SetAction(result => output.Run(() => Run(result.GetValue(policies)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
            result.GetValue(runs), result.GetValue(seed), result.GetValue(format) == "json", input.Get(result), output)));
        return command;
    }

    private static int Run(string[] arguments, string[] paramFiles, string[] sets, int runs, ulong seed, bool json, Input.InputSettings settings, CliOutput output)
    {
        if (runs < 1 || runs > Limits.MaxVerifyRuns)
        {
            output.Error.WriteLine($"policy verify: --runs must be between 1 and {Limits.MaxVerifyRuns:N0}");
            return 2;
        }
        if (FileArguments.Expand(arguments, ".policy", output.Error) is not { } paths) return 1;
        // Every policy is loaded before any is verified, so a missing one leaves standard output empty.
        var loaded = new List<(string Path, Semantics.CheckedPolicy Policy, Compilation.ParameterValues Parameters)>();
        foreach (var path in paths)
        {
            var policy = PolicyLoader.Load(path, output.Error);
            if (policy is null) return 1;
            var parameters = PolicyLoader.Parameters(policy, path, paramFiles, sets, settings, output.Error);
            if (parameters is null) return 1;
            loaded.Add((path, policy, parameters));
        }
        var reports = new List<PolicyVerification>();
        foreach (var (path, policy, parameters) in loaded)
        {
            IReadOnlyList<VerificationResult> results;
            try
            {
                var verifier = new Verifier(policy, parameters);
                results = output.Progress.Run($"{path}: verifying", (long)runs * verifier.Invariants().Count, tick => verifier.Run(runs, seed, checkedHistories: tick));
            }
            catch (PolicyDsl.Compilation.PolicyEvaluationException e)
            {
                DiagnosticPrinter.Print(output.Error, path, "the period in force", e.Error);
                return 1;
            }
            var declared = policy.Inputs.Declared;
            reports.Add(new PolicyVerification(path, runs, seed, BuiltInInvariants.NotApplicable(PolicyDomain.Of(policy, parameters)), results,
                r => Counterexample.ToCsv(r.Counterexample!.Claims, declared)));
        }
        // Written once every policy is verified: a later policy that cannot be verified at all must not leave this one's report half a run.
        if (json) VerifyWriter.WriteJson(output.Out, reports);
        else VerifyWriter.WriteText(output.Out, reports);
        var (_, failed) = VerifyWriter.Count(reports);
        if (failed == 0) return 0;
        // Failed invariants are what the report is for: it is whole, so it is kept on the failing exit.
        output.KeepOutput();
        return 1;
    }
}
