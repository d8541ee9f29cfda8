using FsCheck;
using FsCheck.Fluent;
using PolicyDsl.Compilation;
using PolicyDsl.Semantics;

namespace PolicyDsl.Verification;

/// <summary>FsCheck arbitraries for the domain, so properties read as statements: <c>Prop.ForAll(Arbitraries.ClaimHistories(policy, values), ...)</c>.</summary>
internal static class Arbitraries
{
    /// <summary>Histories within the policy's period in force, shrinking toward fewer, rounder claims.</summary>
    public static Arbitrary<ClaimHistory> ClaimHistories(CheckedPolicy policy, ParameterValues parameters)
    {
        var settler = new Settler(policy, CompiledPolicy.Compile(policy), parameters);
        var generator = HistoryGenerators.History(PolicyDomain.Of(policy, parameters))
            .Select(h => h with { Claims = h.Claims.Where(settler.InDomain).ToList() });
        return Arb.From(generator, Shrinker.Candidates);
    }
}
