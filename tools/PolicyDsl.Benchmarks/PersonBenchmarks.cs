using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// The untraced path simulate takes: each person's claims settled with <see cref="SettlementEngine.SettlePerson"/>
/// on one reused session into a sink that only adds the fund, no <see cref="Settlement"/> made, with the same compiled
/// Xiangtan rules in <c>decimal</c> and lowered to integer fen; against the baseline of the engine's untraced
/// <see cref="SettlementEngine.Settle"/>, on the same claims in one run, all checked to agree to the fen before anything is timed.
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
    private Claim[] _all = null!;
    private SettlementEngine _decimal = null!, _fen = null!;
    private SettlementSession _decimalSession = null!, _fenSession = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policy = XiangtanPolicy.Load();
        var parameters = new ParameterValues(policy.Parameters);
        _persons = ClaimGenerator.Generate(Workload.Persons, Workload.ClaimsPerPerson)
            .GroupBy(c => c.Person.Id).Select(g => g.OrderBy(c => c.Date).ToArray()).ToArray();
        _all = _persons.SelectMany(p => p).ToArray();
        var compiled = CompiledPolicy.Compile(policy);
        _decimal = new SettlementEngine(policy, compiled, parameters, Recording.Figures, integerFen: false);
        _fen = new SettlementEngine(policy, compiled, parameters, Recording.Figures);
        (_decimalSession, _fenSession) = (_decimal.NewSession(), _fen.NewSession());
        if (!_fen.SettlesInFen) throw new InvalidOperationException("Xiangtan does not lower to integer fen");
        var (a, b, c) = (Decimal(), Fen(), Settlements());
        if (a != b || a != c) throw new InvalidOperationException($"decimal settles a fund of {a}, integer fen {b}, the settlements {c}");
        if (_fenSession.Fen!.Fallbacks != 0) throw new InvalidOperationException($"integer fen gave {_fenSession.Fen.Fallbacks} persons to decimal");
    }

    /// <summary>
    /// The engine as it settled untraced when issue 12 was written: <see cref="SettlementEngine.Settle"/>, a
    /// <see cref="Settlement"/> per claim, on the same claims in person order.
    /// </summary>
    [Benchmark(Baseline = true)]
    public decimal Settlements()
    {
        var fund = 0m;
        foreach (var s in _decimal.Settle(_all).Results) fund += s.Fund;
        return fund;
    }

    [Benchmark]
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
