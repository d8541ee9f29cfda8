using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;

namespace PolicyDsl.Verification;

/// <summary>Settles claim lists for the invariants, and tells which claims lie in the policy's domain.</summary>
internal sealed class Settler(CheckedPolicy policy, CompiledPolicy compiled, ParameterValues parameters)
{
    private readonly SettlementEngine _engine = new(policy, compiled, parameters);

    public CheckedPolicy Policy => policy;
    public CompiledPolicy Compiled => compiled;
    public ParameterValues Parameters => parameters;

    public IReadOnlyList<Settlement> Settle(IReadOnlyList<Claim> claims)
    {
        var outcome = _engine.Settle(claims);
        return outcome.Succeeded ? outcome.Results : throw new SettlementFailedException(outcome.Error!, outcome.Where);
    }

    /// <summary>
    /// A claim the policy cannot settle on its own (an unstated figure, a date out of force) is outside
    /// the domain the invariants speak about; any other error is a failure of the policy.
    /// </summary>
    public bool InDomain(Claim claim)
    {
        var outcome = _engine.Settle([claim]);
        return outcome.Succeeded || outcome.Error!.Id is not ("PD0303" or "PD0301" or "PD0304");
    }

    /// <summary>The fund paid in each year, by year.</summary>
    public static IReadOnlyDictionary<int, decimal> FundByYear(IEnumerable<Settlement> settlements) =>
        settlements.GroupBy(s => s.Claim.Date.Year).ToDictionary(g => g.Key, g => g.Sum(s => s.Fund));
}

/// <summary>Settlement stopped with an error inside the policy's domain: itself a broken invariant.</summary>
internal sealed class SettlementFailedException(EvaluationError error, string? where) : Exception($"{where}: {error}")
{
    public EvaluationError Error { get; } = error;
}
