using System.CommandLine;
using System.Text;
using PolicyDsl.Cli.Generation;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy generate-claims --persons N [--claims-per-person K] [--year Y] [--seed S] [--order date|person] [--out FILE]</c>:
/// a seeded synthetic population as a claims CSV, for trying a policy at a city's scale and for the benchmarks.
/// A command rather than a script so that analysts, tests and the benchmark make the same file from the same seed.
/// </summary>
internal static class GenerateClaimsCommand
{
    public static Command Create(CliOutput output)
    {
        var persons = new Option<int>("--persons") { Description = "how many insured persons", Required = true };
        var perPerson = new Option<int>("--claims-per-person") { Description = "claims per person in the year (12 unless given)", DefaultValueFactory = _ => 12 };
        var year = new Option<int>("--year") { Description = "the year the claims fall in (2024 unless given: all five cities are in force)", DefaultValueFactory = _ => 2024 };
        var seed = new Option<int>("--seed") { Description = "the random seed; the same seed gives the same file", DefaultValueFactory = _ => 42 };
        var order = new Option<string>("--order") { Description = "date (the default: as extracts come, persons interleaved) or person", DefaultValueFactory = _ => "date" };
        order.AcceptOnlyFromAmong("date", "person");
        var outPath = new Option<string>("--out") { Description = "write the CSV to this file (UTF-8, no BOM), whole or not at all; standard output otherwise" };
        var command = new Command("generate-claims", "Write a seeded synthetic population of claims as a claims CSV (for trying policies at scale)");
        foreach (var option in new Option[] { persons, perPerson, year, seed, order, outPath }) command.Options.Add(option);
        command.SetAction(result => output.Run(() =>
        {
            var (n, k, y) = (result.GetValue(persons), result.GetValue(perPerson), result.GetValue(year));
            if (n < 1 || k < 1 || (long)n * k > Array.MaxLength) return output.Usage("generate-claims", $"--persons and --claims-per-person must be at least 1, and their product at most {Array.MaxLength:N0}");
            if (y is < 1900 or > 2999) return output.Usage("generate-claims", "--year must be between 1900 and 2999");
            var generator = new ClaimsGenerator(n, k, y, result.GetValue(seed));
            var byDate = result.GetValue(order) != "person";
            if (result.GetValue(outPath) is not { } path)
            {
                // Nothing can fail once the options are checked, so the rows go straight out rather than through the buffer.
                generator.Write(output.Streamed(), byDate);
                return 0;
            }
            // Whole or untouched: streamed into a temporary file beside it, renamed over it at the end.
            if (output.CreateFile(path, new UTF8Encoding(false), Environment.NewLine) is not { } file) return 1;
            generator.Write(file, byDate);
            return 0;
        }));
        return command;
    }
}
