using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Output;

/// <summary>Prints each settlement's steps with the articles behind them.</summary>
internal static class TraceWriter
{
    public static void Write(TextWriter writer, IEnumerable<Settlement> settlements)
    {
        foreach (var s in settlements)
        {
            writer.WriteLine();
            writer.WriteLine($"{TerminalText.Safe(s.Claim.Person.Id)} {Formatting.Date(s.Claim.Date)} {Formatting.Level(s.Claim.Level)} {Formatting.Money(s.Claim.Amount)}元");
            foreach (var step in s.Trace?.Steps ?? [])
            {
                var value = step.Name switch
                {
                    "ratio" => Formatting.RatioPercent(step.Value),
                    "excluded" or "in force" => step.Value == 0 ? "no" : "yes",
                    _ => Formatting.Money(step.Value),
                };
                var cites = step.Citations.Count > 0 ? $"  @ {string.Join(", ", step.Citations)}" : "";
                writer.WriteLine($"  {step.Name,-10} {value,12}  {step.Explanation}{cites}");
            }
            foreach (var a in s.Trace?.Assumptions ?? [])
            {
                writer.WriteLine($"  ⚠ assumption: {a.Parameter} = {a.Value} ({a.Reason})");
            }
        }
    }
}
