using System.Text.Json;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy simulate --merge a.json b.json …</c>: the budgets of disjoint sets of persons (the parts of a
/// <c>--partition</c> run, written with <c>--format json</c>) added into one. Every figure is a sum (claims,
/// persons, money to the fen, persons at a cap), so the merged budget is the one a single run would give;
/// the shares and the differences against the baseline are worked out again from the sums.
/// </summary>
internal static class BudgetMerge
{
    public static (IReadOnlyList<PolicyBudget>? Budgets, InputError? Error) Read(IReadOnlyList<string> paths)
    {
        var merged = new List<(string Name, string City, Dictionary<string, BudgetLine> Lines, List<string> Assumed)>();
        string? policies = null;
        foreach (var path in paths)
        {
            var (rows, problem) = Rows(path);
            if (rows is null) return (null, problem);
            var own = string.Join(", ", rows.Select(r => r.Name).Distinct());
            policies ??= own;
            if (own != policies) return (null, NotABudget(path, $"it is a budget of {own}, and {paths[0]} one of {policies}: parts of one run have the same policies"));
            foreach (var (name, city, line, assumed) in rows)
            {
                var budget = merged.FirstOrDefault(b => b.Name == name);
                if (budget.Name is null) merged.Add(budget = (name, city, new Dictionary<string, BudgetLine>(StringComparer.Ordinal), []));
                budget.Lines[line.Group] = budget.Lines.TryGetValue(line.Group, out var sum) ? Add(sum, line) : line;
                budget.Assumed.AddRange(assumed.Where(a => !budget.Assumed.Contains(a)));
            }
        }
        // As a single run orders them: the whole first, then each group in ordinal order.
        return (merged.Select(b => new PolicyBudget(b.Name, b.City,
            b.Lines.Values.OrderBy(l => l.Group == "all" ? 0 : 1).ThenBy(l => l.Group, StringComparer.Ordinal).ToList(), b.Assumed)).ToList(), null);
    }

    private static BudgetLine Add(BudgetLine a, BudgetLine b) => new(a.Group, a.Claims + b.Claims, a.Persons + b.Persons, a.Amount + b.Amount,
        a.Eligible + b.Eligible, a.Fund + b.Fund, a.Personal + b.Personal, a.PersonsAtCap + b.PersonsAtCap, a.Unsettled + b.Unsettled);

    private static (List<(string Name, string City, BudgetLine Line, string[] Assumed)>? Rows, InputError? Error) Rows(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException ? "no such file" : e is DirectoryNotFoundException ? "no such directory" : e is UnauthorizedAccessException ? "permission denied" : e.Message;
            return (null, new InputError(DiagnosticCatalogue.UnreadableFile, path, [reason]));
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array) return (null, NotABudget(path, "it is not a JSON array of budget lines"));
            var rows = new List<(string, string, BudgetLine, string[])>();
            foreach (var row in document.RootElement.EnumerateArray())
            {
                var line = new BudgetLine(Text(row, "group"), Int(row, "claims"), Int(row, "persons"), Money(row, "amount"), Money(row, "eligible"),
                    Money(row, "fund"), Money(row, "personal"), Int(row, "persons_at_cap"), Int(row, "unsettled"));
                rows.Add((Text(row, "policy"), Text(row, "city"), line, Text(row, "assumed").Split(", ", StringSplitOptions.RemoveEmptyEntries)));
            }
            return rows.Count == 0 ? (null, NotABudget(path, "it has no budget lines")) : (rows, null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"{path}:{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : path;
            return (null, new InputError(DiagnosticCatalogue.NotABudget, where, [$"it is not JSON ({e.Message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd('.', ' ')})"]));
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return (null, NotABudget(path, e.Message));
        }
    }

    private static InputError NotABudget(string path, string reason) => new(DiagnosticCatalogue.NotABudget, path, [reason]);

    private static JsonElement Field(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value) ? value : throw new KeyNotFoundException($"a line has no '{name}'");

    private static string Text(JsonElement row, string name) => Field(row, name).GetString() ?? throw new FormatException($"'{name}' is not text");

    private static int Int(JsonElement row, string name) => Field(row, name).GetInt32();

    private static decimal Money(JsonElement row, string name) => Field(row, name).GetDecimal();
}
