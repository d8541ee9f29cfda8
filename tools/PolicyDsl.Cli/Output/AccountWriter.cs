using System.Text.Json;
using PolicyDsl.Runtime;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes monthly personal account credits.</summary>
internal static class AccountWriter
{
    public static readonly string[] CsvColumns = ["person", "month", "credit", "citations", "assumptions"];

    public static void Write(TextWriter writer, IReadOnlyList<AccountCredit> credits, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                Csv.WriteRow(writer, CsvColumns);
                foreach (var c in credits)
                {
                    Csv.WriteRow(writer, [c.Person.Id, Formatting.Month(c.Month), Formatting.Money(c.Credit), Formatting.Citations(c.Citations), Formatting.Assumptions(c.Assumptions)]);
                }
                break;
            case OutputFormat.Json:
                writer.WriteLine(JsonSerializer.Serialize(credits.Select(c => new
                {
                    person = c.Person.Id,
                    month = Formatting.Month(c.Month),
                    credit = Formatting.MoneyValue(c.Credit),
                    citations = c.Citations,
                    assumptions = c.Assumptions.Select(a => new { parameter = a.Parameter, value = a.Value, reason = a.Reason }),
                }), SettlementWriter.JsonOptions));
                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                table.AddColumn("person").AddColumn("month").AddColumn(new TableColumn("credit") { Alignment = Justify.Right }).AddColumn("citations").AddColumn("notes");
                foreach (var c in credits)
                {
                    var notes = c.Assumptions.Count > 0 ? "⚠ assumed: " + string.Join(", ", c.Assumptions.Select(a => a.Parameter)) : "";
                    table.AddRow(new[] { c.Person.Id, Formatting.Month(c.Month), Formatting.Money(c.Credit), Formatting.Citations(c.Citations), notes }.Select(Markup.Escape).ToArray());
                }
                Consoles.For(writer).Write(table);
                writer.WriteLine($"{credits.Count} persons: {Formatting.Money(credits.Sum(c => c.Credit))}元 credited");
                break;
        }
    }
}
