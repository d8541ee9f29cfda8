using System.Text.Json;
using PolicyDsl.Runtime;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes monthly personal account credits.</summary>
internal static class AccountWriter
{
    public static readonly ResultColumn[] Columns =
    [
        ResultColumn.Input("person"), new("month", "划入月份", CellKind.Month), new("credit", "个人账户划入", CellKind.Money),
        new("citations", "依据条款"), new("assumptions", "假设的参数"), new("uncredited", "未划入原因"),
    ];

    public static ResultTable Rows(IReadOnlyList<AccountCredit> credits) => new(new("accounts", "个人账户划入"), Columns, credits.Select(c => new object?[]
    {
        c.Person.Id, c.Month, c.Credit, Formatting.Citations(c.Citations), Formatting.Assumptions(c.Assumptions), Uncredited(c),
    }).ToList());

    public static void Write(TextWriter writer, IReadOnlyList<AccountCredit> credits, OutputFormat format, Language language = Language.En)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.WriteLine(JsonSerializer.Serialize(credits.Select(c => new
                {
                    person = c.Person.Id,
                    month = Formatting.Month(c.Month),
                    credit = c.Credit is { } credit ? Formatting.MoneyValue(credit) : (decimal?)null,
                    uncredited = c.Error is { } e ? new { code = e.Id, message = e.Message } : null,
                    citations = c.Citations,
                    assumptions = c.Assumptions.Select(a => new { parameter = a.Parameter, value = a.Value, reason = a.Reason }),
                }), SettlementWriter.JsonOptions));
                break;
            default:
                var table = ScreenTable.Create(language, [.. Columns.Take(4).Select(c => c.OnScreen()), new ScreenColumn("notes", "备注")]);
                foreach (var c in credits)
                {
                    var notes = c.Error is not null ? "✗ " + Uncredited(c)
                        : c.Assumptions.Count > 0 ? ScreenTable.Say(language, "⚠ assumed: ", "⚠ 假设：") + string.Join(", ", c.Assumptions.Select(a => a.Parameter)) : "";
                    var credit = c.Credit is { } value ? Formatting.Money(value) : "n/a";
                    table.AddRow(new[] { c.Person.Id, Formatting.Month(c.Month), credit, Formatting.Citations(c.Citations), notes }.Select(Formatting.Cell).ToArray());
                }
                Consoles.For(writer).Write(table);
                var credited = credits.Where(c => c.Credit is not null).ToList();
                var left = credits.Count - credited.Count;
                var sum = Formatting.Money(credited.Sum(c => c.Credit!.Value));
                writer.WriteLine(credited.Count == 0
                    ? ScreenTable.Say(language, $"no person could be credited ({left} n/a)", $"没有人能划入（{left} 人 n/a）")
                    : ScreenTable.Say(language, $"{credited.Count} persons: {sum}元 credited" + (left > 0 ? $"; {left} could not be credited (n/a)" : ""),
                        $"{credited.Count} 人：划入 {sum}元" + (left > 0 ? $"；{left} 人未能划入（n/a）" : "")));
                break;
        }
    }

    /// <summary>Why a person was not credited: the code and the message, as on stderr.</summary>
    private static string Uncredited(AccountCredit c) => c.Error is { } e ? $"{e.Id}: {e.Message}" : "";
}
