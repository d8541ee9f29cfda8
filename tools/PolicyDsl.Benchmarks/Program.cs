using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PolicyDsl.Benchmarks;

// The smoke run is handled before BenchmarkDotNet, which would reject an argument it does not know.
if (args.Contains("--smoke")) return Smoke.Run();
if (args.Contains("--end-to-end")) return EndToEnd.Run(args);
// For a profiler: settles the person benchmark's claims in integer fen for about ten seconds.
if (args.Contains("--profile-fen"))
{
    var persons = new PersonBenchmarks();
    persons.Setup();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var rounds = 0;
    while (clock.Elapsed.TotalSeconds < 10) { persons.Fen(); rounds++; }
    Console.WriteLine($"{rounds} rounds, {clock.Elapsed.TotalMilliseconds / rounds:N2} ms a round");
    return 0;
}
// The end-to-end run's Parquet file, made alone: --to-parquet CLAIMS.csv CLAIMS.parquet.
if (args is ["--to-parquet", var csv, var parquet])
{
    EndToEnd.ToParquet(csv, parquet);
    return 0;
}

// Reports go beside this project rather than into whatever folder the command was run from.
var artifacts = Path.Combine(Repository.Root(), "tools", "PolicyDsl.Benchmarks", "BenchmarkDotNet.Artifacts");
BenchmarkSwitcher.FromAssembly(typeof(SettlementBenchmarks).Assembly).Run(args, DefaultConfig.Instance.WithArtifactsPath(artifacts));
return 0;
