using System.Diagnostics;

namespace PolicyDsl.Fuzzing;

/// <summary>An input a target threw on, or took too long over.</summary>
internal sealed record FuzzFinding(byte[] Input, string What);

/// <summary>
/// The in-process loop: mutate the seeds, run the target on each input, and keep every input it throws
/// on or spends longer than <see cref="SlowInput"/> over (a stall ends the run: its thread cannot be stopped). Bounded by a count of inputs (for tests: the
/// same seed gives the same inputs and the same findings) or by a time (for a long run).
/// </summary>
internal static class FuzzLoop
{
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(5);

    public sealed record Summary(int Inputs, IReadOnlyList<FuzzFinding> Findings);

    public static Summary Run(FuzzTarget target, IReadOnlyList<byte[]> seeds, int seed, int? inputs = null, TimeSpan? duration = null, Action<FuzzFinding>? found = null,
        Action<byte[]>? starting = null)
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
            starting?.Invoke(input);
            var what = RunOne(target, input, out var stalled);
            if (stalled)
            {
                // The stuck input still runs on its thread, which cannot be stopped: record it and end the run.
                var hang = new FuzzFinding(input, what!);
                findings.Add(hang);
                found?.Invoke(hang);
                break;
            }
            if (what is null) continue;
            var finding = new FuzzFinding(input, what);
            findings.Add(finding);
            found?.Invoke(finding);
        }
        return new Summary(count, findings);
    }

    /// <summary>
    /// Runs one input on its own thread, with the 1 MB stack many hosts give (a stack overflow ends the
    /// process: that too is a finding, the input left in the findings folder as current.input), and waits
    /// at most <see cref="SlowInput"/>; what went wrong, or null.
    /// </summary>
    private static string? RunOne(FuzzTarget target, byte[] input, out bool stalled)
    {
        string? what = null;
        var one = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                target.Run(input);
            }
            catch (Exception e)
            {
                what = $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
            }
        }, 1024 * 1024) { IsBackground = true };
        thread.Start();
        stalled = !thread.Join(SlowInput);
        if (stalled) return $"still running after {SlowInput.TotalSeconds:0} s (a stall)";
        if (what is null && one.Elapsed > SlowInput) what = $"took {one.Elapsed.TotalSeconds:0.0} s";
        return what;
    }
}
