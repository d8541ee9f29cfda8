using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Testing;

/// <summary>
/// What golden cases are settled with: the engine, or in a test another back end (the emitted C#
/// compiled in its own project), so one set of hand-worked cases checks both.
/// </summary>
internal interface ICaseBackEnd
{
    RunOutcome<Settlement> Settle(IReadOnlyList<Claim> claims);

    RunOutcome<AccountCredit> Credit(IReadOnlyList<Person> persons, DateOnly month);
}
