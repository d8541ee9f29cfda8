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
        var loaded = new List<(string Name, Semantics.CheckedPolicy Policy, ParameterValues Parameters)>();
        foreach (var path in policyPaths)
        {
            var policy = PolicyLoader.Load(path, output.Error);
            if (policy is null) return 1;
            // --set names another policy declares are fine here: only names no policy knows are errors.
            var parameters = PolicyLoader.Parameters(policy, path, paramFiles, sets.Where(s => DeclaredBy(s, policy)).ToArray(), output.Error);
            if (parameters is null) return 1;
            loaded.Add((PolicyLoader.PolicyId(path), policy, parameters));
        }
        var unknownSet = sets.FirstOrDefault(s => !KnownToAny(s, loaded.Select(l => l.Policy)));
        if (unknownSet is not null)
        {
            DiagnosticPrinter.Print(output.Error, new InputError(DiagnosticCatalogue.UnknownParameter, "--set", [unknownSet.Split('=')[0], " (none of the compared policies declares it)"]));
            return 1;
        }
        if (!PolicyLoader.TryReadText(claimsPath, output.Error, out var text)) return 1;
        var (claims, error) = ClaimsCsv.Read(claimsPath, new StringReader(text));
        if (error is not null)
        {
            DiagnosticPrinter.Print(output.Error, error);
            return 1;
        }
        var columns = loaded.Select(l => Settle(l.Name, l.Policy, l.Parameters, claims)).ToList();
        ComparisonWriter.Write(output.Out, claims, columns, format);
        return 0;
    }

    private static string NameOf(string set) => set.Split('=')[0].Trim() is var n && n.Contains('.') ? n[(n.IndexOf('.') + 1)..] : set.Split('=')[0].Trim();

    private static bool DeclaredBy(string set, Semantics.CheckedPolicy policy) => policy.Parameters.Any(p => p.Name == NameOf(set));

    private static bool KnownToAny(string set, IEnumerable<Semantics.CheckedPolicy> policies) => policies.Any(p => DeclaredBy(set, p));

    /// <summary>Each person settled on their own, so one person's unstated figure does not hide the rest.</summary>
    private static PolicyColumn Settle(string name, Semantics.CheckedPolicy policy, ParameterValues parameters, IReadOnlyList<Claim> claims)
    {
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: true), parameters, trace: true);
        var results = new Dictionary<int, Settlement>();
        var failures = new Dictionary<int, string>();
        foreach (var person in claims.Select((c, i) => (c, i)).GroupBy(p => p.c.Person.Id))
        {
            var indices = person.Select(p => p.i).ToList();
            var outcome = engine.Settle(indices.Select(i => claims[i]).ToList());
            if (outcome.Succeeded)
            {
                foreach (var s in outcome.Results) results[indices[s.Index]] = s;
            }
            else
            {
                foreach (var i in indices) failures[i] = $"{outcome.Error!.Id}: {outcome.Error.Message}";
            }
        }
        return new PolicyColumn(name, policy.Info.City, results, failures);
    }
}

/// <summary>One policy's results in a comparison: settled claims by input index, and why the others were not.</summary>
internal sealed record PolicyColumn(string Name, string City, IReadOnlyDictionary<int, Settlement> Results, IReadOnlyDictionary<int, string> Failures)
{
    public bool Assumed(int index) => Results.TryGetValue(index, out var s) && s.Trace is { Assumptions.Count: > 0 };
}
