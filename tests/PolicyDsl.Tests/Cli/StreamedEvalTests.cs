using System.Text;
using PolicyDsl.Cli;
using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Runtime;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Cli;

/// <summary>
/// eval writes its rows as persons settle, batch by batch; what it writes is what settling the whole file at
/// once and writing it whole gives (the way eval worked before it streamed): the same bytes in every format,
/// the same unsettled rows last and the same messages, on a file of several batches of persons, some of whom
/// cannot be settled from their first claim and some only from a later one.
/// </summary>
public sealed class StreamedEvalTests : IDisposable
{
    private static readonly string Jinan = Repository.Path("policies", "jinan.policy");
    private static readonly string Assumed = Repository.Path("policies", "assumptions.params");
    private readonly string _folder = Directory.CreateTempSubdirectory("policydsl-streamed-eval-").FullName;
    private readonly string _claims;

    public StreamedEvalTests()
    {
        // 2,500 persons (two batches of persons) in Jinan's years in force; the first 60 with a claim in 2021, before
        // them, which leaves all their claims unsettled, and the next 25 with one in 2028, after them, which leaves only that one.
        _claims = Path.Combine(_folder, "claims.csv");
        var text = new StringBuilder(Generate("--persons", "2500", "--claims-per-person", "2"));
        foreach (var (year, persons) in new[] { ("2021", 1..61), ("2028", 61..86) })
        {
            var rows = Generate("--persons", "85", "--claims-per-person", "1", "--year", year).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1);
            foreach (var row in rows.Where(r => int.Parse(r[1..8], System.Globalization.CultureInfo.InvariantCulture) is var n && n >= persons.Start.Value && n < persons.End.Value))
            {
                text.Append(row).Append('\n');
            }
        }
        File.WriteAllText(_claims, text.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Generate(params string[] options)
    {
        var result = PolicyCommand.Run(["generate-claims", .. options]);
        Assert.True(result.Exit == 0, result.Error);
        return result.Out;
    }

    [Theory]
    [InlineData("csv", false)]
    [InlineData("json", false)]
    [InlineData("json", true)]
    [InlineData("table", false)]
    [InlineData("table", true)]
    public void StandardOutputIsTheWholeRunsOutput(string format, bool trace)
    {
        var (exit, output, error) = Eval(["--format", format, .. trace ? new[] { "--trace" } : []]);
        var whole = Whole(trace);
        Assert.Equal(1, exit);
        var expected = new StringWriter();
        if (format == "csv") CsvText.Write(expected, SettlementWriter.Rows(whole.Settled, whole.Unsettled), Language.En);
        else SettlementWriter.Write(expected, whole.Settled, format == "json" ? OutputFormat.Json : OutputFormat.Table, trace, whole.Unsettled);
        Same(expected.ToString(), output);
        Assert.Equal(whole.Messages, error);
    }

    [Fact]
    public void ACsvFileIsTheWholeRunsOutputWithItsByteOrderMarkAndCrlf()
    {
        var path = Path.Combine(_folder, "out.csv");
        var (exit, output, _) = Eval(["--out", path]);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var whole = Whole(trace: false);
        var expected = new StringWriter { NewLine = "\r\n" };
        CsvText.Write(expected, SettlementWriter.Rows(whole.Settled, whole.Unsettled), Language.En);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Same(expected.ToString(), Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal([path], Directory.GetFiles(_folder, "*out.csv*"));
    }

    [Fact]
    public void TheRunHasUnsettledClaimsOfBothKindsAndMoreThanAreListed()
    {
        var whole = Whole(trace: false);
        Assert.Equal(60 * 3 + 25, whole.Unsettled.Count);
        Assert.Contains(whole.Unsettled, u => u.Reason.StartsWith("PD0301", StringComparison.Ordinal) && u.Claim.Date.Year == 2028);
        Assert.Contains(whole.Unsettled, u => u.Reason.StartsWith("after this person's claim of 2021-", StringComparison.Ordinal));
        Assert.Contains($"… and {whole.Unsettled.Count - DiagnosticPrinter.MaxInputErrors} more", whole.Messages);
    }

    private (int Exit, string Out, string Error) Eval(string[] options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = PolicyCli.Run(["eval", Jinan, "--params", Assumed, "--claims", _claims, .. options], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The file read whole and settled at once by <c>PolicyColumn.Settle</c>, as compare does, and what eval said of it before it streamed.</summary>
    private (List<Settlement> Settled, List<Unsettled> Unsettled, string Messages) Whole(bool trace)
    {
        var policy = PolicyLoader.Load(Jinan, TextWriter.Null)!;
        var parameters = PolicyLoader.Parameters(policy, Jinan, [Assumed], [], InputSettings.Default, TextWriter.Null)!;
        var claims = InputFiles.Claims(_claims, policy.Inputs.Declared, InputSettings.Default, TextWriter.Null)!;
        var column = PolicyColumn.Settle("jinan", policy, parameters, claims, trace ? Recording.Trace : Recording.Grounds);
        var order = PersonGroups.Of(claims).Order;
        var settled = order.Where(column.Results.ContainsKey).Select(i => column.Results[i]).ToList();
        var failed = order.Where(column.Failures.ContainsKey).ToList();
        var messages = new StringWriter();
        foreach (var i in failed.Take(DiagnosticPrinter.MaxInputErrors))
        {
            messages.WriteLine($"{Jinan}: claim {i + 1} ({claims[i].Person.Id}, {Formatting.Date(claims[i].Date)}) not settled: {column.Failures[i]}");
        }
        if (failed.Count > DiagnosticPrinter.MaxInputErrors) messages.WriteLine($"… and {failed.Count - DiagnosticPrinter.MaxInputErrors} more");
        messages.WriteLine($"{Jinan}: {failed.Count} of {claims.Count} claims could not be settled; the other {settled.Count} are in the output");
        return (settled, failed.Select(i => new Unsettled(claims[i], column.Failures[i])).ToList(), messages.ToString());
    }

    /// <summary>Equal text, or the first line that differs (the whole of a few thousand rows says nothing).</summary>
    private static void Same(string expected, string actual)
    {
        if (expected == actual) return;
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"line {line + 1} of {e.Length} differs:\n  expected: {(line < e.Length ? e[line] : "(end)")}\n  actual:   {(line < a.Length ? a[line] : "(end)")}");
    }
}
