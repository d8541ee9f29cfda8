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
                var (seconds, peak, output, error, exit) = Measure(tool, command);
                // Exit 1 with a whole budget is claims a policy cannot settle (the five cities leave some figures unstated): say so, with its last message.
                var said = exit == 0 ? "" : $"exit {exit}: {error.Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.Trim()}";
                results.Add((what, seconds, peak, string.Join("; ", new[] { note?.Invoke(output) ?? "", said }.Where(n => n.Length > 0))));
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
                o => $"{Claims(o)} claims settled");
            Step($"simulate all five cities, {claims:N0} claims", ["simulate", P("xiangtan.policy"), P("anshan.policy"), P("chuxiong.policy"), P("jinan.policy"),
                P("chongqing.policy"), "--params", P("assumptions.params"), "--claims", population, "--format", "csv"]);
            // The same claims as a warehouse would write them: typed columns in Parquet (the conversion is not timed).
            var parquet = Path.Combine(folder, "claims.parquet");
            ToParquet(population, parquet);
            Step($"simulate Xiangtan, {claims:N0} claims from Parquet", ["simulate", P("xiangtan.policy"), "--claims", parquet, "--format", "csv"],
                o => $"{new FileInfo(parquet).Length / 1_048_576.0:N0} MB file; {Claims(o)} claims settled");
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

    /// <summary>The generated CSV as Parquet with the types an extract has: dates as DATE, money as DECIMAL, flags as BOOLEAN.</summary>
    /// <summary>The claims column of a budget's "all" line, so a run that read nothing cannot pass for a fast one.</summary>
    private static string Claims(string budget) =>
        budget.Split('\n').Select(l => l.Split(',')).FirstOrDefault(c => c.Length > 3 && c[2] == "all") is { } all ? $"{long.Parse(all[3]):N0}" : "no";

    public static void ToParquet(string csv, string parquet)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            COPY (SELECT person, status, age::INTEGER AS age, scheme, date::DATE AS date, level, amount::DECIMAL(12,2) AS amount, channel, place,
                designated::BOOLEAN AS designated, inpatient::BOOLEAN AS inpatient, old_worker::BOOLEAN AS old_worker, base::DECIMAL(12,2) AS base
              FROM read_csv('{csv.Replace("'", "''")}', header = true, all_varchar = true))
            TO '{parquet.Replace("'", "''")}' (FORMAT parquet)
            """;
        command.ExecuteNonQuery();
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

    private static (double Seconds, long Peak, string Output, string Error, int Exit) Measure(string tool, string[] command)
    {
        var run = ChildProcess.Tool(tool, command);
        return (run.Seconds, run.PeakBytes, run.Output, run.Error, run.Exit);
    }
}
