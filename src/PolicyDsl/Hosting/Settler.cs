using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;

namespace PolicyDsl.Hosting;

/// <summary>
/// A compiled policy with its param values: settles claims and credits accounts. Immutable and safe to
/// share between threads (each call works on its own state). Results are the engine's, so they equal
/// <c>policy eval</c>'s to the fen.
/// </summary>
public sealed class Settler
{
    private readonly SettlementEngine _engine;

    internal Settler(CheckedPolicy policy, PolicyParameters parameters, bool trace)
    {
        Traced = trace;
        _engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: trace), parameters.Values, trace);
    }

    /// <summary>Whether results carry their trace (steps, citations, assumptions).</summary>
    public bool Traced { get; }

    /// <summary>
    /// Settles a batch: each person's claims in date order (claims of one day in the order given), each
    /// person's totals starting from nothing. Stops at the first claim the policy cannot settle and says which.
    /// </summary>
    public RunOutcome<Settlement> Settle(IReadOnlyList<Claim> claims) => _engine.Settle(claims);

    /// <summary>
    /// Settles one claim of a person whose totals so far are <paramref name="state"/>: what a counter
    /// system calls for each claim as it comes. Keep the outcome's <see cref="ClaimOutcome.State"/> for the
    /// person's next claim (it is plain data: store it as JSON). The results are exactly the batch's.
    /// </summary>
    public ClaimOutcome Settle(Claim claim, PersonState state) => _engine.SettleNext(claim, state);

    /// <summary>The personal account credit of each person for the month containing <paramref name="month"/>.</summary>
    public RunOutcome<AccountCredit> Credit(IReadOnlyList<Person> persons, DateOnly month) => _engine.Credit(persons, month);
}
