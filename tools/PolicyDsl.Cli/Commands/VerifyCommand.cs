using System.CommandLine;
using PolicyDsl.Verification;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy verify POLICY... [--runs N] [--seed S]</c>: checks every invariant, built in and declared,
/// on generated claim histories; a failure prints the shrunk counterexample as a claims CSV, the
/// invariant with its citation, and the seed to replay. Exit 1 on any failure.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliOutput output)
    {
        var policies = new Argument<string[]>("POLICY") { Description = "rule files to verify: files, directories or quoted globs", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var input = new InputOptions(sheets: false);
        var runs = new Option<int>("--runs") { Description = "claim histories to generate per policy", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "the generator's seed; the same seed replays the same histories", DefaultValueFactory = _ => 1 };
        var command = new Command("verify", "Check invariants on generated claim histories; print a shrunk counterexample for any that breaks") { policies };
        command.Options.Add(common.Params);
        command.Options.Add(common.Set);
        command.Options.Add(runs);
        command.Options.Add(seed);
        input.AddTo(command);
        command.SetAction(result => output.Run(() => Run(result.GetValue(policies)!, result.GetValue(common.Params) ?? [], result.GetValue(common.Set) ?? [],
            result.GetValue(runs), result.GetValue(seed), input.Get(result), output)));
        return command;
    }

    private static int Run(string[] arguments, string[] paramFiles, string[] sets, int runs, ulong seed, Input.InputSettings settings, CliOutput output)
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
        var (passed, failed) = (0, 0);
        foreach (var (path, policy, parameters) in loaded)
        {
            IReadOnlyList<VerificationResult> results;
            try
            {
                results = new Verifier(policy, parameters).Run(runs, seed);
            }
            catch (PolicyDsl.Compilation.PolicyEvaluationException e)
            {
                Output.DiagnosticPrinter.Print(output.Error, path, "the period in force", e.Error);
                return 1;
            }
            // Buffered: a later policy that cannot be verified at all must not leave this one's report half a run.
            var report = output.Out;
            report.WriteLine($"{path}: {runs} generated histories (seed {seed}); {results[0].Discarded} claims outside the policy's domain left out");
            var domain = PolicyDomain.Of(policy, parameters);
            foreach (var (name, reason) in BuiltInInvariants.NotApplicable(domain)) report.WriteLine($"  NOT CHECKED {name} (built in): {reason}");
            foreach (var result in results)
            {
                var source = $"({result.Invariant.Source})";
                if (result.Counterexample is null)
                {
                    report.WriteLine($"  PASS {result.Invariant.Name} {source}");
                    passed++;
                    continue;
                }
                failed++;
                report.WriteLine($"  FAIL {result.Invariant.Name} {source}, at history {result.FailedRun}");
                report.WriteLine($"       {result.Failure}");
                report.WriteLine("       shrunk counterexample (save as a .csv and run policy eval on it):");
                foreach (var line in Counterexample.ToCsv(result.Counterexample.Claims, policy.Inputs.Declared).TrimEnd().Split('\n')) report.WriteLine($"         {line}");
                report.WriteLine($"       replay: policy verify {path} --runs {runs} --seed {seed}");
            }
        }
        output.Out.WriteLine($"{passed} passed, {failed} failed");
        if (failed == 0) return 0;
        // Failed invariants are what the report is for: it is whole, so it is kept on the failing exit.
        output.KeepOutput();
        return 1;
    }
}
