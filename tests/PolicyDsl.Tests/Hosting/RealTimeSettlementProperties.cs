using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using PolicyDsl.Compilation;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Properties;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Hosting;

/// <summary>
/// Real time equals batch: settling each person's claims one at a time, carrying the person's state
/// between claims (and through JSON, as a host would store it), gives exactly the batch's results, for
/// every shipped policy and for generated ones.
/// </summary>
public class RealTimeSettlementProperties
{
    public static TheoryData<string> Shipped() => new(PolicyInvariantProperties.ShippedNames());

    [Theory]
    [MemberData(nameof(Shipped))]
    public void OneByOneEqualsTheBatch(string name)
    {
        var (policy, values) = PolicyInvariantProperties.Load(name);
        AssertOneByOneEqualsBatch(name, policy, values, 25);
    }

    [Fact]
    public void OneByOneEqualsTheBatchForGeneratedPolicies()
    {
        foreach (var text in GeneratedPolicies.Arbitrary.Generator.Sample(8, new Rnd(11, 13), 20))
        {
            var policy = PolicyDsl.Semantics.PolicyChecker.Check(new PolicyDsl.Text.SourceText("generated.policy", text)).Policy!;
            AssertOneByOneEqualsBatch("generated:\n" + text, policy, new ParameterValues(policy.Parameters), 8);
        }
    }

    private static void AssertOneByOneEqualsBatch(string name, PolicyDsl.Semantics.CheckedPolicy policy, ParameterValues values, int histories)
    {
        var engine = new SettlementEngine(policy, CompiledPolicy.Compile(policy), values);
        foreach (var history in Arbitraries.ClaimHistories(policy, values).Generator.Sample(histories, new Rnd(3, 5), 30))
        {
            var batch = engine.Settle(history.Claims);
            var oneByOne = new List<Settlement>();
            PolicyDsl.Compilation.EvaluationError? error = null;
            // A counter sees each person's claims in date order, one at a time.
            foreach (var person in history.Claims.Select((c, i) => (Claim: c, Index: i)).GroupBy(c => c.Claim.Person.Id))
            {
                var state = PersonState.Start(person.Key);
                foreach (var (claim, _) in person.OrderBy(c => c.Claim.Date).ThenBy(c => c.Index))
                {
                    var outcome = engine.SettleNext(claim, state);
                    if (!outcome.Succeeded) { error ??= outcome.Error; break; }
                    oneByOne.Add(outcome.Settlement!);
                    // Stored and read back, as a host keeps it between claims.
                    state = JsonSerializer.Deserialize<PersonState>(JsonSerializer.Serialize(outcome.State))!;
                }
                if (error is not null) break;
            }
            Assert.True(batch.Error?.Id == error?.Id, $"{name}: batch {batch.Error}, one by one {error}\n{Counterexample.ToCsv(history.Claims)}");
            if (error is not null) continue;
            Assert.Equal(Evaluate.Summaries(batch.Results), Evaluate.Summaries(oneByOne));
        }
    }
}
