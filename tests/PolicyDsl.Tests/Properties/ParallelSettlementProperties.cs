using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyDsl.Cli.Commands;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// Settling persons on several threads gives what one thread gives, claim for claim and in the same
/// order: the figures, the grounds, and each unsettled claim's reason, on populations in date order
/// (persons interleaved, as extracts come) with some persons the policy cannot settle.
/// </summary>
public class ParallelSettlementProperties
{
    private static Property ParallelEqualsSequential(string name)
    {
        var (policy, values) = PolicyInvariantProperties.Load(name);
        var population = Arbitraries.ClaimHistories(policy, values).Generator.ArrayOf().Select(histories => Interleave(histories));
        return Prop.ForAll(Arb.From(population), claims =>
        {
            var one = PolicyColumn.Settle(name, policy, values, claims, Recording.Grounds, workers: 1);
            var many = PolicyColumn.Settle(name, policy, values, claims, Recording.Grounds, workers: 4);
            var order = PersonGroups.Of(claims).Order;
            Assert.Equal(claims.Count, one.Results.Count + one.Failures.Count);
            Assert.Equal(order.Where(one.Results.ContainsKey).Select(i => Figures(one.Results[i])), order.Where(many.Results.ContainsKey).Select(i => Figures(many.Results[i])));
            Assert.Equal(order.Where(one.Failures.ContainsKey).Select(i => (i, one.Failures[i])), order.Where(many.Failures.ContainsKey).Select(i => (i, many.Failures[i])));
        });
    }

    /// <summary>
    /// A budget settled the way simulate settles it (a person at a time into each thread's tally, no settlement
    /// kept, in integer fen) is exactly the budget added up from the settlements eval would print, with and without
    /// groups, on one thread and on four, and in decimal throughout.
    /// </summary>
    private static Property BudgetIsTheSumOfTheSettlements(string name)
    {
        var (policy, values) = PolicyInvariantProperties.Load(name);
        var population = Arbitraries.ClaimHistories(policy, values).Generator.ArrayOf().Select(histories => Interleave(histories));
        Func<Claim, string> group = c => $"{c.Level} / {c.Date:yyyy-MM}";
        return Prop.ForAll(Arb.From(population), claims =>
        {
            var store = new PolicyDsl.Cli.Input.ClaimStore();
            for (var i = 0; i < claims.Count; i++) store.Add(i + 2, claims[i]);
            var column = PolicyColumn.Settle(name, policy, values, claims, Recording.Figures, workers: 1);
            var unsettled = column.Failures.Keys.Order().Select(i => claims[i]).ToList();
            foreach (var by in new[] { null, group })
            {
                var expected = BudgetLine.Of(column.Results.Values, unsettled, by);
                Assert.Equal(expected, PopulationBudget.Settle(policy, values, store, by, partition: null, workers: 1));
                // simulate --decimal: the reference arithmetic throughout, the same budget.
                Assert.Equal(expected, PopulationBudget.Settle(policy, values, store, by, partition: null, workers: 1, integerFen: false));
                long done = 0;
                Assert.Equal(expected, PopulationBudget.Settle(policy, values, store, by, partition: null, workers: 4, settled: n => Interlocked.Add(ref done, n)));
                // The progress bar is told of every claim, settled or not, once.
                Assert.Equal(claims.Count, done);
            }
        });
    }

    [Property(MaxTest = 40, Replay = "(27182818,28459045)")]
    public Property XiangtanBudget() => BudgetIsTheSumOfTheSettlements("xiangtan");

    [Property(MaxTest = 40, Replay = "(27182818,28459045)")]
    public Property ChongqingBudget() => BudgetIsTheSumOfTheSettlements("chongqing");

    [Property(MaxTest = 40, Replay = "(27182818,28459045)")]
    public Property CapsBudget() => BudgetIsTheSumOfTheSettlements("examples/caps");

    /// <summary>Each history its own person; every fifth person's first claim at a specialist hospital, which the cities leave unstated.</summary>
    private static List<Claim> Interleave(ClaimHistory[] histories) => histories
        .SelectMany((h, p) => h.Claims.Select((c, i) => c with
        {
            Person = c.Person with { Id = $"P{p}" },
            Level = p % 5 == 0 && i == 0 ? HospitalLevel.Specialist : c.Level,
        }))
        .OrderBy(c => c.Date)
        .ToList();

    private static (string, DateOnly, decimal, decimal, decimal, decimal?, decimal, string, string) Figures(Settlement s) =>
        (s.Claim.Person.Id, s.Claim.Date, s.Eligible, s.Deductible, s.Fund, s.Cap, s.FundYearToDate,
            string.Join("; ", s.Grounds!.Citations), string.Join("; ", s.Grounds.Assumptions.Select(a => a.Parameter)));

    [Property(MaxTest = 40, Replay = "(27182818,28459045)")]
    public Property Xiangtan() => ParallelEqualsSequential("xiangtan");

    [Property(MaxTest = 40, Replay = "(27182818,28459045)")]
    public Property Chongqing() => ParallelEqualsSequential("chongqing");
}
