using PolicyDsl.Cli.Commands;
using Spectre.Console;

namespace PolicyDsl.Cli.Output;

/// <summary>Writes budgets: one row per policy and group, each policy's fund against the first policy's (the baseline).</summary>
internal static class BudgetWriter
{
    private static readonly ResultColumn[] Columns =
    [
        new("policy", "政策"), new("city", "城市"), new("group", "分组"), new("claims", "结算笔数"), new("persons", "人数"),
        new("amount", "金额", CellKind.Money), new("eligible", "政策范围内费用", CellKind.Money), new("fund", "统筹基金支付", CellKind.Money),
        new("personal", "个人负担", CellKind.Money), new("fund_share", "基金支付占比", CellKind.Ratio), new("fund_per_person", "人均基金支付", CellKind.Money),
        new("persons_at_cap", "达到限额人数"), new("unsettled", "未能结算笔数"), new("fund_vs_baseline", "较基准增减", CellKind.Money), new("assumed", "假设的参数"),
    ];

    public static ResultTable Rows(IReadOnlyList<PolicyBudget> budgets) => new(new("budget", "基金测算"), Columns,
        budgets.SelectMany((b, n) => b.Lines.Select(line => new object?[]
        {
            b.Name, b.City, line.Group, line.Claims, line.Persons, line.Amount, line.Eligible, line.Fund, line.Personal,
            line.FundShare is { } share ? Math.Round(share, 4) : null, line.FundPerPerson, line.PersonsAtCap, line.Unsettled,
            n == 0 ? null : line.Fund - Baseline(budgets[0], line.Group), string.Join(", ", b.Assumed),
        })).ToList());

    /// <summary>The baseline's fund in a group (0 when it has no claims there: the whole difference is new).</summary>
    private static decimal Baseline(PolicyBudget baseline, string group) => baseline.Lines.FirstOrDefault(l => l.Group == group)?.Fund ?? 0m;

    private static ScreenColumn Screen(string name, string english) => Columns.Single(c => c.Name == name).OnScreen(english) with { Figure = name is not ("policy" or "group") };

    private static readonly ScreenColumn[] ScreenColumns =
    [
        Screen("policy", "policy"), Screen("group", "group"), Screen("claims", "claims"), Screen("persons", "persons"), Screen("amount", "amount"),
        Screen("fund", "fund"), Screen("personal", "personal"), Screen("fund_share", "fund share"), Screen("fund_per_person", "fund / person"),
        Screen("persons_at_cap", "at cap"), Screen("fund_vs_baseline", "vs baseline"),
    ];

    public static void Write(TextWriter writer, IReadOnlyList<PolicyBudget> budgets, Language language = Language.En)
    {
        var console = Consoles.For(writer);
        var table = ScreenTable.Create(language, ScreenColumns);
        foreach (var (budget, n) in budgets.Select((b, n) => (b, n)))
        {
            foreach (var line in budget.Lines)
            {
                table.AddRow(new[]
                {
                    $"{budget.Name} ({budget.City})", line.Group, $"{line.Claims}{(line.Unsettled > 0 ? ScreenTable.Say(language, $" (+{line.Unsettled} unsettled)", $"（另 {line.Unsettled} 笔未能结算）") : "")}", $"{line.Persons}",
                    Formatting.Money(line.Amount), Formatting.Money(line.Fund), Formatting.Money(line.Personal),
                    line.FundShare is { } s ? Formatting.RatioPercent(Math.Round(s, 4)) : "—", Formatting.OnScreen(Formatting.Money(line.FundPerPerson)), $"{line.PersonsAtCap}",
                    n == 0 ? "—" : $"{line.Fund - Baseline(budgets[0], line.Group):+0.00;-0.00;0.00}",
                }.Select(Formatting.Cell).ToArray());
            }
        }
        console.Write(table);
        foreach (var budget in budgets.Where(b => b.Assumed.Count > 0))
        {
            writer.WriteLine(ScreenTable.Say(language, $"⚠ {budget.Name}: rests on assumed figures ({string.Join(", ", budget.Assumed)}); see 'policy params'",
                $"⚠ {budget.Name}：结果依赖假设的数值（{string.Join("、", budget.Assumed)}）；见 'policy params'"));
        }
        foreach (var budget in budgets.Where(b => b.Lines[0].Unsettled > 0))
        {
            writer.WriteLine(ScreenTable.Say(language, $"✗ {budget.Name}: {budget.Lines[0].Unsettled} claims could not be settled and are left out of its figures; 'policy compare' names each",
                $"✗ {budget.Name}：{budget.Lines[0].Unsettled} 笔未能结算，未计入其数字；'policy compare' 逐笔列出"));
        }
    }
}
