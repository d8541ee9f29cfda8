using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using PolicyDsl.Runtime;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// The same claims settled four ways in one run, so the ratios compare like with like in one process.
/// One operation settles every claim of <see cref="Workload"/>.
/// </summary>
[MemoryDiagnoser]
// More iterations than the usual short job: on a shared 2-core machine bursts of outside load come
// and go, and a handful of iterations is not enough for the outlier filter to set them aside.
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class SettlementBenchmarks
{
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new Workload();
        var ways = _workload.Ways;
        var expected = ways[0].Settle();
        foreach (var (name, settle) in ways.Skip(1)) Agreement.Require(name, expected, settle());
    }

    [Benchmark(Baseline = true)]
    public RunOutcome<Settlement> HandWritten() => _workload.HandWritten();

    [Benchmark]
    public RunOutcome<Settlement> Compiled() => _workload.Compiled();

    [Benchmark]
    public RunOutcome<Settlement> TreeWalking() => _workload.TreeWalking();

    /// <summary>Informational: no engine at all, to show what the engine itself costs.</summary>
    [Benchmark]
    public List<Settlement> HandWrittenLoop() => _workload.HandWrittenLoop();
}
