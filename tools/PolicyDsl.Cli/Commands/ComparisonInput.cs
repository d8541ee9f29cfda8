using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;

namespace PolicyDsl.Cli.Commands;

/// <summary>Loads several policies with their parameters and one claims file, for compare and diff.</summary>
internal static class ComparisonInput
{
    public static (List<(string Name, CheckedPolicy Policy, ParameterValues Parameters)> Policies, IReadOnlyList<Claim> Claims)? Load(
        string[] policyPaths, string claimsPath, string[] paramFiles, string[] sets, CliOutput output, string[][]? setsPerPolicy = null)
    {
        var loaded = new List<(string Name, CheckedPolicy Policy, ParameterValues Parameters)>();
        for (var i = 0; i < policyPaths.Length; i++)
        {
            var path = policyPaths[i];
            var policy = PolicyLoader.Load(path, output.Error);
            if (policy is null) return null;
            // --set names another policy declares are fine here: only names no policy knows are errors.
            // Values for this policy alone come last, so they override, and must name one of its params.
            var own = setsPerPolicy?[i] ?? [];
            var parameters = PolicyLoader.Parameters(policy, path, paramFiles, [.. sets.Where(s => DeclaredBy(s, policy)), .. own], output.Error);
            if (parameters is null) return null;
            loaded.Add((PolicyLoader.PolicyId(path), policy, parameters));
        }
        var unknownSet = sets.FirstOrDefault(s => !loaded.Any(l => DeclaredBy(s, l.Policy)));
        if (unknownSet is not null)
        {
            DiagnosticPrinter.Print(output.Error, new InputError(DiagnosticCatalogue.UnknownParameter, "--set", [unknownSet.Split('=')[0], " (none of the compared policies declares it)"]));
            return null;
        }
        if (!PolicyLoader.TryReadText(claimsPath, InputKind.Claims, output.Error, out var text)) return null;
        var (declared, conflict) = InputColumns.Declared(policyPaths.Zip(loaded, (path, l) => (path, l.Policy)));
        if (conflict is not null)
        {
            DiagnosticPrinter.Print(output.Error, conflict);
            return null;
        }
        var (claims, error) = ClaimsCsv.Read(claimsPath, new StringReader(text), declared);
        if (error is not null)
        {
            DiagnosticPrinter.Print(output.Error, error);
            return null;
        }
        return (loaded, claims);
    }

    private static string NameOf(string set)
    {
        var name = set.Split('=')[0].Trim();
        return name.Contains('.') ? name[(name.IndexOf('.') + 1)..] : name;
    }

    private static bool DeclaredBy(string set, CheckedPolicy policy) => policy.Parameters.Any(p => p.Name == NameOf(set));
}
