using System.Security.Cryptography;
using PolicyDsl.Fuzzing;
using SharpFuzz;

// policy-fuzz TARGET --loop SECONDS [--seed N] [--out DIR]   in-process mutation loop, findings written to DIR
// policy-fuzz TARGET --seeds DIR                             write the seed corpus (for afl-fuzz -i / libFuzzer)
// policy-fuzz TARGET --libfuzzer                             run under libfuzzer-dotnet
// policy-fuzz TARGET --afl                                   run under afl-fuzz (SharpFuzz out of process)
// policy-fuzz TARGET --replay FILE...                        run the target on given inputs and say what happens
// See README.md beside this file.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: PolicyDsl.Fuzzing policy|csv|cases --loop SECONDS [--seed N] [--out DIR] | --seeds DIR | --libfuzzer | --afl | --replay FILE...");
    return 2;
}
var target = FuzzTargets.Named(args[0]);
var root = FindRoot();
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

switch (args[1])
{
    case "--libfuzzer":
        Fuzzer.LibFuzzer.Run(span => target.Run(span.ToArray()));
        return 0;
    case "--afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            target.Run(copy.ToArray());
        });
        return 0;
    case "--seeds":
        var folder = Directory.CreateDirectory(args[2]);
        foreach (var file in target.Seeds(root)) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)), overwrite: true);
        Console.WriteLine($"{target.Seeds(root).Count()} seeds in {folder.FullName}");
        return 0;
    case "--replay":
        foreach (var file in args.Skip(2))
        {
            var result = FuzzLoop.Run(target, [File.ReadAllBytes(file)], 0, inputs: 1);
            Console.WriteLine(result.Findings.Count == 0 ? $"{file}: ok" : $"{file}: {result.Findings[0].What}");
        }
        return 0;
    case "--loop":
        var seconds = double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        var output = Directory.CreateDirectory(Option("--out") ?? Path.Combine("fuzz-findings", target.Name));
        var seeds = target.Seeds(root).Select(File.ReadAllBytes).ToList();
        var summary = FuzzLoop.Run(target, seeds, seed, duration: TimeSpan.FromSeconds(seconds), found: finding =>
        {
            var name = Convert.ToHexString(SHA256.HashData(finding.Input))[..12].ToLowerInvariant();
            File.WriteAllBytes(Path.Combine(output.FullName, name + ".input"), finding.Input);
            File.WriteAllText(Path.Combine(output.FullName, name + ".txt"), finding.What);
            Console.WriteLine($"finding {name}: {finding.What.Split('\n')[0]}");
        }, starting: input => File.WriteAllBytes(Path.Combine(output.FullName, "current.input"), input));
        // Left behind only when the process dies on an input (a stack overflow): that input.
        File.Delete(Path.Combine(output.FullName, "current.input"));
        Console.WriteLine($"{target.Name}: {summary.Inputs:N0} inputs in {seconds} s (seed {seed}), {summary.Findings.Count} finding(s) in {output.FullName}");
        return summary.Findings.Count == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine($"unknown mode {args[1]}");
        return 2;
}

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "PolicyDsl.sln"))) return directory.FullName;
    }
    return Directory.GetCurrentDirectory();
}
