using System.Diagnostics;

namespace PolicyDsl.Benchmarks;

/// <summary>
/// The end-to-end targets, measured on the real command: a seeded population is written by
/// <c>policy generate-claims</c>, then <c>policy simulate</c> and <c>policy eval</c> run on it as child
/// processes (the Release build beside this one), each timed on the wall clock with its peak resident
/// memory (VmHWM, followed until it ends). Seconds-long runs of a whole process: BenchmarkDotNet's
/// repetitions would add nothing but hours, so each is run once, after one warm-up run of the tool.
/// </summary>
public static class EndToEnd
{
    public static int Run(string[] args)
    {
        var persons = args.SkipWhile(a => a != "--persons").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
        var tool = Path.Combine(AppContext.BaseDirectory, "policy.dll");
        var root = Repository.Root();
        string P(string name) => Path.Combine(root, "policies", name);
        var folder = Directory.CreateTempSubdirectory("policydsl-e2e-").FullName;
        try
        {
            var population = Path.Combine(folder, "claims.csv");
            var results = new List<(string What, double Seconds, long Peak, string Note)>();
            void Step(string what, string[] command, Func<string, string>? note = null)
            {
                var (seconds, peak, output, exit) = Measure(tool, command);
                results.Add((what, seconds, peak, exit == 0 || exit == 1 ? note?.Invoke(output) ?? "" : $"exit {exit}: {output.Split('\n')[0]}"));
                Console.WriteLine($"{what}: {seconds:N2} s, peak {peak / 1_048_576.0:N0} MB");
            }
            Measure(tool, ["check", P("xiangtan.policy")]);
            Step($"generate {persons:N0} persons × 12 claims (date order)", ["generate-claims", "--persons", $"{persons}", "--out", population],
                _ => $"{new FileInfo(population).Length / 1_048_576.0:N0} MB");
            var claims = persons * 12;
            // The baseline of the same run: the file's bytes read once, as fast as this process can (the speed of the disk, warm).
            var disk = ReadAll(population);
            results.Add(("read the file's bytes (baseline)", disk, 0, "in this process"));
            Step($"simulate Xiangtan, {claims:N0} claims from CSV", ["simulate", P("xiangtan.policy"), "--claims", population, "--format", "csv"],
                o => $"{claims / 1.0:N0} claims");
            Step($"simulate all five cities, {claims:N0} claims", ["simulate", P("xiangtan.policy"), P("anshan.policy"), P("chuxiong.policy"), P("jinan.policy"),
                P("chongqing.policy"), "--params", P("assumptions.params"), "--claims", population, "--format", "csv"]);
            Step($"simulate Xiangtan by level and month", ["simulate", P("xiangtan.policy"), "--claims", population, "--by", "level,month", "--format", "csv"]);
            // eval streams its claims as simulate does and writes its rows as they settle, so it runs on the same population.
            Step($"eval Xiangtan, {claims:N0} claims to a CSV file", ["eval", P("xiangtan.policy"), "--claims", population, "--out", Path.Combine(folder, "eval.csv")]);
            Console.WriteLine();
            Console.WriteLine("| run | seconds | × reading the bytes | peak RSS | note |");
            Console.WriteLine("|---|---:|---:|---:|---|");
            foreach (var (what, seconds, peak, note) in results) Console.WriteLine($"| {what} | {seconds:N2} | {seconds / disk:N1} | {peak / 1_048_576.0:N0} MB | {note} |");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double ReadAll(string path)
    {
        var clock = Stopwatch.StartNew();
        var buffer = new byte[1 << 20];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        while (stream.Read(buffer) > 0)
        {
        }
        return clock.Elapsed.TotalSeconds;
    }

    private static (double Seconds, long Peak, string Output, int Exit) Measure(string tool, string[] command)
    {
        var run = ChildProcess.Tool(tool, command);
        return (run.Seconds, run.PeakBytes, run.Output + run.Error, run.Exit);
    }
}
