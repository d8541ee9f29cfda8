using System.Diagnostics;

namespace PolicyDsl.Fuzzing;

/// <summary>An input a target threw on, or took too long over.</summary>
internal sealed record FuzzFinding(byte[] Input, string What);

/// <summary>
/// The in-process loop: mutate the seeds, run the target on each input, and keep every input it throws
/// on or spends longer than <see cref="SlowInput"/> over. Bounded by a count of inputs (for tests: the
/// same seed gives the same inputs and the same findings) or by a time (for a long run).
/// </summary>
internal static class FuzzLoop
{
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(5);

    public sealed record Summary(int Inputs, IReadOnlyList<FuzzFinding> Findings);

    public static Summary Run(FuzzTarget target, IReadOnlyList<byte[]> seeds, int seed, int? inputs = null, TimeSpan? duration = null, Action<FuzzFinding>? found = null)
    {
        var mutator = new Mutator(seed);
        var findings = new List<FuzzFinding>();
        var clock = Stopwatch.StartNew();
        var count = 0;
        var pool = seeds.Count > 0 ? seeds : [[]];
        while ((inputs is null || count < inputs) && (duration is null || clock.Elapsed < duration))
        {
            // Seeds first as they are, then mutations of them.
            var input = count < pool.Count ? pool[count] : mutator.Mutate(pool[count % pool.Count], pool);
            count++;
            var one = Stopwatch.StartNew();
            string? what = null;
            try
            {
                target.Run(input);
            }
            catch (Exception e)
            {
                what = $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
            }
            if (what is null && one.Elapsed > SlowInput) what = $"took {one.Elapsed.TotalSeconds:0.0} s";
            if (what is null) continue;
            var finding = new FuzzFinding(input, what);
            findings.Add(finding);
            found?.Invoke(finding);
        }
        return new Summary(count, findings);
    }
}
