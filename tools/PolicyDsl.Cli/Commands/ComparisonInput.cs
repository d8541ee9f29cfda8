using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics;

namespace PolicyDsl.Cli.Commands;

/// <summary>Loads several policies with their parameters and one claims file, for compare and diff.</summary>
internal static class ComparisonInput
{
    public static (List<(string Name, CheckedPolicy Policy, ParameterValues Parameters)> Policies, IReadOnlyList<Claim> Claims)? Load(
        string[] policyPaths, string claimsPath, string[] paramFiles, string[] sets, InputSettings settings, CliOutput output, string[][]? setsPerPolicy = null)
    {
        if (WithColumns(policyPaths, paramFiles, sets, settings, output, setsPerPolicy) is not var (loaded, declared)) return null;
        var claims = InputFiles.Claims(claimsPath, declared, settings, output.Error);
        return claims is null ? null : (loaded, claims);
    }

    /// <summary>The policies with their parameters, and the columns of the inputs they declare (which the claims file is read with).</summary>
    public static (List<(string Name, CheckedPolicy Policy, ParameterValues Parameters)> Policies, IReadOnlyList<Semantics.Inputs.InputSymbol> Declared)? WithColumns(
        string[] policyPaths, string[] paramFiles, string[] sets, InputSettings settings, CliOutput output, string[][]? setsPerPolicy = null)
    {
        if (Policies(policyPaths, paramFiles, sets, settings, output, setsPerPolicy) is not { } policies) return null;
        var loaded = policies.Select(p => (p.Name, p.Policy, p.Parameters)).ToList();
        var (declared, conflict) = InputColumns.Declared(policyPaths.Zip(loaded, (path, l) => (path, l.Policy)));
        if (conflict is null) return (loaded, declared);
        DiagnosticPrinter.Print(output.Error, conflict);
        return null;
    }

    /// <summary>A policy with its parameters' values and the assignments read for them (from --params files and --set).</summary>
    public sealed record LoadedPolicy(string Path, string Name, CheckedPolicy Policy, ParameterValues Parameters, IReadOnlyList<ParameterAssignment> Assignments);

    /// <summary>Loads each policy and binds its params; --set names no policy declares are errors.</summary>
    public static List<LoadedPolicy>? Policies(string[] policyPaths, string[] paramFiles, string[] sets, InputSettings settings, CliOutput output, string[][]? setsPerPolicy = null)
    {
        var loaded = new List<LoadedPolicy>();
        for (var i = 0; i < policyPaths.Length; i++)
        {
            var path = policyPaths[i];
            var policy = PolicyLoader.Load(path, output.Error);
            if (policy is null) return null;
            // --set names another policy declares are fine here: only names no policy knows are errors.
            // Values for this policy alone come last, so they override, and must name one of its params.
            var own = setsPerPolicy?[i] ?? [];
            var assignments = new List<ParameterAssignment>();
            var parameters = PolicyLoader.Parameters(policy, path, paramFiles, [.. sets.Where(s => DeclaredBy(s, policy)), .. own], settings, output.Error, assignments);
            if (parameters is null) return null;
            loaded.Add(new LoadedPolicy(path, PolicyLoader.PolicyId(path), policy, parameters, assignments));
        }
        var unknownSet = sets.FirstOrDefault(s => !loaded.Any(l => DeclaredBy(s, l.Policy)));
        if (unknownSet is not null)
        {
            DiagnosticPrinter.Print(output.Error, new InputError(DiagnosticCatalogue.UnknownParameter, "--set", [unknownSet.Split('=')[0], " (none of the policies declares it)"]));
            return null;
        }
        return loaded;
    }

    private static string NameOf(string set)
    {
        var name = set.Split('=')[0].Trim();
        return name.Contains('.') ? name[(name.IndexOf('.') + 1)..] : name;
    }

    private static bool DeclaredBy(string set, CheckedPolicy policy) => policy.Parameters.Any(p => p.Name == NameOf(set));
}
