using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Benchmarks;

/// <summary>The generated claims and the four ways of settling them, shared by the benchmarks and the smoke run.</summary>
internal sealed class Workload
{
    /// <summary>
    /// 60,000 claims, about 30 ms an operation. At 240,000 an operation took about 200 ms, 60% more per
    /// claim, the extra mostly the GC promoting 60 MB of still-live results through gen1 and gen2; that
    /// made the runs noisy enough to bury the differences between the evaluators.
    /// </summary>
    public const int Persons = 5_000;
    public const int ClaimsPerPerson = 12;

    private readonly SettlementEngine _handWritten;
    private readonly SettlementEngine _compiled;
    private readonly SettlementEngine _treeWalking;

    public Workload()
    {
        var policy = XiangtanPolicy.Load();
        var parameters = new ParameterValues(policy.Parameters);
        Claims = ClaimGenerator.Generate(Persons, ClaimsPerPerson);
        _handWritten = new SettlementEngine(policy, new HandWrittenXiangtan(), parameters);
        _compiled = new SettlementEngine(policy, CompiledPolicy.Compile(policy, traced: false), parameters);
        _treeWalking = new SettlementEngine(policy, new TreeWalkingEvaluator(policy), parameters);
    }

    public IReadOnlyList<Claim> Claims { get; }

    public RunOutcome<Settlement> HandWritten() => _handWritten.Settle(Claims);
    public RunOutcome<Settlement> Compiled() => _compiled.Settle(Claims);
    public RunOutcome<Settlement> TreeWalking() => _treeWalking.Settle(Claims);
    public List<Settlement> HandWrittenLoop() => Benchmarks.HandWrittenLoop.Settle(Claims);

    /// <summary>The ways by name, the compiled policy first since it is what the others are checked against.</summary>
    public IReadOnlyList<(string Name, Func<IReadOnlyList<Settlement>> Settle)> Ways =>
    [
        ("Compiled", () => Succeeded(Compiled())),
        ("HandWritten", () => Succeeded(HandWritten())),
        ("TreeWalking", () => Succeeded(TreeWalking())),
        ("HandWrittenLoop", HandWrittenLoop),
    ];

    private static IReadOnlyList<Settlement> Succeeded(RunOutcome<Settlement> outcome) =>
        outcome.Succeeded ? outcome.Results : throw new InvalidOperationException($"settlement stopped at {outcome.Where}: {outcome.Error}");
}
