using System.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// A seconds-long sanity run: settles the claims once each way, checks they agree and prints a rough
/// throughput. Single cold runs include JIT time; use the benchmarks for numbers worth quoting.
/// </summary>
internal static class Smoke
{
    public static int Run()
    {
        var workload = new Workload();
        Console.WriteLine($"{workload.Claims.Count:N0} claims ({Workload.Persons:N0} persons × {Workload.ClaimsPerPerson}), {XiangtanPolicy.RelativePath}");
        IReadOnlyList<Settlement>? expected = null;
        foreach (var (name, settle) in workload.Ways)
        {
            var clock = Stopwatch.StartNew();
            var settlements = settle();
            clock.Stop();
            if (expected is null) expected = settlements;
            else Agreement.Require(name, expected, settlements);
            Console.WriteLine($"{name,-16} {clock.Elapsed.TotalMilliseconds,9:N1} ms {workload.Claims.Count / clock.Elapsed.TotalSeconds,14:N0} claims/s");
        }
        Console.WriteLine("all ways agree with the compiled policy");
        PrintCoverage(expected!);
        return 0;
    }

    /// <summary>Shows the data reaches every branch, so agreement means something.</summary>
    private static void PrintCoverage(IReadOnlyList<Settlement> settlements)
    {
        var excluded = settlements.Count(s => s.ExcludedBy is not null);
        var deductible = settlements.Count(s => s.Deductible > 0);
        var deductibleClamped = settlements.Count(s => s.ExcludedBy is null && s.Deductible == s.Eligible && s.Deductible > 0);
        var capped = settlements.Count(s => s.Fund < Money.RoundToFen(s.Ratio!.Value * (s.Eligible - s.Deductible)));
        var exhausted = settlements.Count(s => s.ExcludedBy is null && s.Eligible > s.Deductible && s.Fund == 0);
        Console.WriteLine($"excluded {excluded:N0}, deductible charged {deductible:N0} (whole claim {deductibleClamped:N0}), " +
            $"cut by the cap {capped:N0} (of which nothing left {exhausted:N0}), fund total {settlements.Sum(s => s.Fund):N2}");
    }
}
