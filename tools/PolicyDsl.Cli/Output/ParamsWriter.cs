using PolicyDsl.Runtime.Parameters;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>One param of one policy as <c>policy params</c> lists it: its value, where the value comes from, and whether it is assumed.</summary>
internal sealed record ParamRow(string Policy, string Name, string Type, string? Value, string Source, string? Assumption, string Citations, string Description);

/// <summary>Writes the params of policies: a table for people, or rows for CSV, JSON and workbooks.</summary>
internal static class ParamsWriter
{
    private static readonly ResultColumn[] Columns =
    [
        new("policy", "政策"), new("param", "参数"), new("type", "类型"), new("value", "取值"), new("source", "取值来源"),
        new("assumed", "是否假设"), new("reason", "假设理由"), new("citations", "依据条款"), new("description", "说明"),
    ];

    public static ResultTable Rows(IReadOnlyList<ParamRow> rows) => new(new("params", "参数"), Columns, rows.Select(r => new object?[]
    {
        // No value is an empty cell in CSV and a workbook, null in JSON: never a value that looks like one.
        r.Policy, r.Name, r.Type, r.Value, r.Source, r.Assumption is null ? "no" : "yes", r.Assumption, r.Citations, r.Description,
    }).ToList());

    public static void Write(TextWriter writer, IReadOnlyList<ParamRow> rows, Language language = Language.En)
    {
        var table = ScreenTable.Create(language, [.. Columns.Take(4).Select(c => c.OnScreen()), Columns[4].OnScreen("from"), Columns[7].OnScreen(), Columns[8].OnScreen(),
            new ScreenColumn("notes", "备注")]);
        foreach (var r in rows)
        {
            var notes = r.Assumption is { } why ? ScreenTable.Say(language, "⚠ assumed: ", "⚠ 假设：") + why
                : r.Value is null ? ScreenTable.Say(language, "✗ no value: give it with --set or --params", "✗ 没有值：用 --set 或 --params 给出") : "";
            table.AddRow(new[] { r.Policy, r.Name, r.Type, Formatting.OnScreen(r.Value ?? ""), r.Source, r.Citations, r.Description, notes }.Select(Formatting.Cell).ToArray());
        }
        Consoles.For(writer).Write(table);
        var assumed = rows.Count(r => r.Assumption is not null);
        var missing = rows.Count(r => r.Value is null);
        var policies = rows.Select(r => r.Policy).Distinct().Count();
        writer.WriteLine(ScreenTable.Say(language, $"{rows.Count} params in {policies} policies: {assumed} assumed, {missing} without a value",
            $"{policies} 个政策共 {rows.Count} 个参数：{assumed} 个为假设值，{missing} 个没有值"));
    }

    /// <summary>Where a value comes from: the params line or --set that gave it, the policy's own default, or nowhere.</summary>
    /// (Not "--set" alone: a cell starting with '-' would be taken for a formula by Excel, and be neutralised.)
    public static string Source(ParameterAssignment? assignment, bool hasDefault) => assignment?.Location switch
    {
        "--set" => "command line (--set)",
        { } location => location,
        null => hasDefault ? "the policy's default" : "",
    };
}
