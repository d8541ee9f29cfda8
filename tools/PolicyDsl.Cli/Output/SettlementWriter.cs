using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes settlements as a table for people, CSV for spreadsheets, or JSON with the full trace.</summary>
internal static class SettlementWriter
{
    public static readonly ResultColumn[] Columns =
    [
        ResultColumn.Input("person"), ResultColumn.Input("date", CellKind.Date), ResultColumn.Input("level"), ResultColumn.Input("amount", CellKind.Money),
        ResultColumn.Result("eligible", InputField.ResultEligible), ResultColumn.Result("deductible", InputField.ResultDeductible),
        ResultColumn.Result("ratio", InputField.ResultRatio, CellKind.Ratio), ResultColumn.Result("fund", InputField.ResultFund),
        ResultColumn.Result("personal", InputField.ResultPersonal), ResultColumn.Result("fund_ytd", InputField.ResultFundYearToDate),
        ResultColumn.Result("cap", InputField.ResultCap), new("citations", "依据条款"), new("assumptions", "假设的参数"), new("caps", "各项限额"), new("unsettled", "未能结算的原因"),
    ];

    public static readonly ResultColumn Sheet = new("claims", "结算结果");

    /// <summary>The rows of a CSV or workbook: one per settled claim, in settlement order, then each claim the policy could not settle, with why.</summary>
    public static ResultTable Rows(IReadOnlyList<Settlement> settlements, IReadOnlyList<Unsettled>? unsettled = null)
    {
        var grounds = new GroundsCells();
        return new(Sheet, Columns, settlements.Select(s => Row(s, grounds)).Concat((unsettled ?? []).Select(Row)).ToList());
    }

    /// <summary>A settled claim's row, under <see cref="Columns"/>.</summary>
    public static object?[] Row(Settlement s, GroundsCells grounds)
    {
        var cells = new BoxedCells(Columns.Length);
        Cells(s, grounds, ref cells);
        return cells.Row;
    }

    /// <summary>A settled claim's cells, under <see cref="Columns"/>: the one statement of its row, for every format.</summary>
    public static void Cells<T>(Settlement s, GroundsCells grounds, ref T cells) where T : struct, IRowCells
    {
        var (citations, assumptions) = grounds.Of(s.Grounds);
        cells.Text(s.Claim.Person.Id);
        cells.Date(s.Claim.Date);
        cells.Text(Formatting.Level(s.Claim.Level));
        cells.Money(s.Claim.Amount);
        cells.Money(s.Eligible);
        cells.Money(s.Deductible);
        cells.Ratio(s.Ratio);
        cells.Money(s.Fund);
        cells.Money(s.Personal);
        cells.Money(s.FundYearToDate);
        cells.Money(s.Cap);
        cells.Text(citations);
        cells.Text(assumptions);
        cells.Text(Formatting.Caps(s.Caps));
        cells.Text(null);
    }

    /// <summary>An unsettled claim's row: its facts and why, no figures.</summary>
    public static object?[] Row(Unsettled u) =>
    [
        u.Claim.Person.Id, u.Claim.Date, Formatting.Level(u.Claim.Level), u.Claim.Amount, null, null, null, null, null, null, null, null, null, null, u.Reason,
    ];

    /// <summary>The table for people, or JSON with the full trace.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<Settlement> settlements, OutputFormat format, bool trace, IReadOnlyList<Unsettled>? unsettled = null, Language language = Language.En)
    {
        unsettled ??= [];
        if (format == OutputFormat.Json) WriteJson(writer, settlements, trace, unsettled);
        else WriteTable(writer, settlements, trace, unsettled, language);
    }

    /// <summary>The table's columns: the CSV's, under the same Chinese headers, with a notes column for what CSV gives its own columns.</summary>
    private static readonly ScreenColumn[] ScreenColumns =
    [
        .. Columns.Take(11).Select(c => c.OnScreen(c.Name.Replace('_', ' '))), new("notes", "备注"),
    ];

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>How <see cref="JsonOptions"/> write, for a writer that writes element by element.</summary>
    internal static readonly JsonWriterOptions JsonWriting = new()
    {
        Indented = JsonOptions.WriteIndented,
        Encoder = JsonOptions.Encoder,
        IndentCharacter = JsonOptions.IndentCharacter,
        IndentSize = JsonOptions.IndentSize,
        NewLine = JsonOptions.NewLine,
    };

    private static void WriteJson(TextWriter writer, IReadOnlyList<Settlement> settlements, bool trace, IReadOnlyList<Unsettled> unsettled) =>
        writer.WriteLine(JsonSerializer.Serialize(settlements.Select(s => JsonRow(s, trace)).Concat(unsettled.Select(JsonRow)), JsonOptions));

    /// <summary>A settled claim as a JSON object: its figures, the caps, the grounds, and the steps with <paramref name="trace"/>.</summary>
    public static object JsonRow(Settlement s, bool trace) => new
    {
        person = s.Claim.Person.Id,
        date = Formatting.Date(s.Claim.Date),
        level = Formatting.Level(s.Claim.Level),
        amount = Formatting.MoneyValue(s.Claim.Amount),
        eligible = Formatting.MoneyValue(s.Eligible),
        deductible = Formatting.MoneyValue(s.Deductible),
        ratio = s.Ratio,
        fund = Formatting.MoneyValue(s.Fund),
        personal = Formatting.MoneyValue(s.Personal),
        fund_ytd = Formatting.MoneyValue(s.FundYearToDate),
        cap = Formatting.MoneyValue(s.Cap),
        caps = s.Caps.Select(c => new { cap = c.Cap == Compilation.AppliedCap.RuleCap ? "rule cap" : $"cap {c.Cap + 1}", limit = Formatting.MoneyValue(c.Limit), room = c.Room, bit = c.Bit }).ToArray(),
        excluded_by = s.ExcludedBy,
        citations = s.Grounds?.Citations ?? [],
        assumptions = s.Grounds?.Assumptions.Select(a => new { parameter = a.Parameter, value = a.Value, reason = a.Reason }).ToArray() ?? [],
        trace = trace ? s.Trace?.Steps.Select(t => new { step = t.Name, value = t.Value, explanation = t.Explanation, citations = t.Citations }).ToArray() : null,
    };

    /// <summary>An unsettled claim as a JSON object: its facts and why.</summary>
    public static object JsonRow(Unsettled u) => new
    {
        person = u.Claim.Person.Id, date = Formatting.Date(u.Claim.Date), level = Formatting.Level(u.Claim.Level), amount = Formatting.MoneyValue(u.Claim.Amount), unsettled = u.Reason,
    };

    private static void WriteTable(TextWriter writer, IReadOnlyList<Settlement> settlements, bool trace, IReadOnlyList<Unsettled> unsettled, Language language)
    {
        var console = Consoles.For(writer);
        var table = ScreenTable.Create(language, ScreenColumns);
        foreach (var s in settlements)
        {
            var notes = new List<string>();
            if (s.ExcludedBy is { } reason) notes.Add(ScreenTable.Say(language, "excluded: ", "不予支付：") + reason);
            if (s.Grounds is { Assumptions.Count: > 0 } t) notes.Add(ScreenTable.Say(language, "⚠ assumed: ", "⚠ 假设：") + string.Join(", ", t.Assumptions.Select(a => a.Parameter)));
            table.AddRow(new[]
            {
                s.Claim.Person.Id, Formatting.Date(s.Claim.Date), Formatting.Level(s.Claim.Level, language), Formatting.Money(s.Claim.Amount),
                Formatting.Money(s.Eligible), Formatting.Money(s.Deductible), s.Ratio is { } r ? Formatting.RatioPercent(r) : "—", Formatting.Money(s.Fund),
                Formatting.Money(s.Personal), Formatting.Money(s.FundYearToDate), Formatting.OnScreen(Formatting.Money(s.Cap)), string.Join("; ", notes),
            }.Select(Formatting.Cell).ToArray());
        }
        console.Write(table);
        var total = (fund: settlements.Sum(s => s.Fund), personal: settlements.Sum(s => s.Personal));
        writer.WriteLine(ScreenTable.Say(language,
            $"{settlements.Count} claims: fund pays {Formatting.Money(total.fund)}元, persons pay {Formatting.Money(total.personal)}元",
            $"共 {settlements.Count} 笔：统筹基金支付 {Formatting.Money(total.fund)}元，个人负担 {Formatting.Money(total.personal)}元"));
        foreach (var u in unsettled)
        {
            writer.WriteLine(Formatting.Cell($"✗ {u.Claim.Person.Id} {Formatting.Date(u.Claim.Date)} {Formatting.Money(u.Claim.Amount)}元 {ScreenTable.Say(language, "not settled", "未能结算")}: {u.Reason}"));
        }
        if (trace) TraceWriter.Write(writer, settlements);
    }
}

/// <summary>A claim the policy could not settle, and why (its own error, or the earlier claim of the person it waits on).</summary>
internal sealed record Unsettled(Domain.Claim Claim, string Reason);
