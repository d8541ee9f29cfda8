using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// The untraced path simulate takes: each person's claims settled with <see cref="SettlementEngine.SettlePerson"/>
/// on one reused session into a sink that only adds the fund, no <see cref="Settlement"/> made. The same compiled
/// Xiangtan rules in <c>decimal</c> (the baseline) and lowered to integer fen, on the same claims in one run, and
/// checked to agree to the fen before anything is timed.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class PersonBenchmarks
{
    private sealed class FundSum : ISettledFigures
    {
        public decimal Fund;

        public void Add(Claim claim, in ClaimFigures figures, ReadOnlySpan<AppliedCap> caps) => Fund += figures.Fund;
    }

    private Claim[][] _persons = null!;
    private SettlementEngine _decimal = null!, _fen = null!;
    private SettlementSession _decimalSession = null!, _fenSession = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policy = XiangtanPolicy.Load();
        var parameters = new ParameterValues(policy.Parameters);
        _persons = ClaimGenerator.Generate(Workload.Persons, Workload.ClaimsPerPerson)
            .GroupBy(c => c.Person.Id).Select(g => g.OrderBy(c => c.Date).ToArray()).ToArray();
        var compiled = CompiledPolicy.Compile(policy);
        _decimal = new SettlementEngine(policy, compiled, parameters, Recording.Figures, integerFen: false);
        _fen = new SettlementEngine(policy, compiled, parameters, Recording.Figures);
        (_decimalSession, _fenSession) = (_decimal.NewSession(), _fen.NewSession());
        if (!_fen.SettlesInFen) throw new InvalidOperationException("Xiangtan does not lower to integer fen");
        var (a, b) = (Decimal(), Fen());
        if (a != b) throw new InvalidOperationException($"decimal settles a fund of {a}, integer fen {b}");
        if (_fenSession.Fen!.Fallbacks != 0) throw new InvalidOperationException($"integer fen gave {_fenSession.Fen.Fallbacks} persons to decimal");
    }

    [Benchmark(Baseline = true)]
    public decimal Decimal() => Settle(_decimal, _decimalSession);

    [Benchmark]
    public decimal Fen() => Settle(_fen, _fenSession);

    private decimal Settle(SettlementEngine engine, SettlementSession session)
    {
        var sum = new FundSum();
        foreach (var person in _persons) engine.SettlePerson(person, session, sum);
        return sum.Fund;
    }
}
