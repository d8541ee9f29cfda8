using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Cli.Report;
using PolicyDsl.Cli.Scenarios;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Catalogue;
using PolicyDsl.Text;

namespace PolicyDsl.Cli.Serve;

/// <summary>A diagnostic as the editor places it: UTF-16 offsets into the text checked (CodeMirror's too), the code, the message, the hint.</summary>
internal sealed record EditorDiagnostic(int From, int To, string Severity, string Id, string Message, string? Hint, int Line, int Column);

/// <summary>The scenario charts of the directory's policies, and the files left out with why.</summary>
internal sealed record WorkbenchChart(int? Year, decimal Top, IReadOnlyList<ChartData> Charts, IReadOnlyList<string> Skipped);

/// <summary>
/// What the workbench asks of the library: the real checker's diagnostics for the text being edited, what a name
/// or figure stands for, and the comparison chart settled by the engine. Nothing else is ever run.
/// </summary>
internal sealed class WorkbenchAnalysis(WorkbenchFiles files, IReadOnlyList<string> paramFiles)
{
    public static IReadOnlyList<EditorDiagnostic> Check(string path, string text)
    {
        var result = PolicyChecker.Check(new SourceText(path, text));
        return result.Diagnostics.Select(d =>
        {
            var from = Math.Clamp(d.Span.Start, 0, text.Length);
            // An empty span (a missing token) is shown on the character there, so a squiggle is visible.
            var to = Math.Clamp(d.Span.Length == 0 ? from + 1 : d.Span.End, from, text.Length);
            var position = d.Position;
            return new EditorDiagnostic(from, to, d.Severity == Severity.Error ? "error" : "warning", d.Id, d.Message, d.EffectiveHint, position.Line, position.Column);
        }).ToList();
    }

    /// <summary>What the word at <paramref name="offset"/> stands for: a param's value and why it is assumed, a rule's figures, or the figures stated on that line; null when nothing.</summary>
    public string? Hover(string relative, string text, int offset)
    {
        var word = WordAt(text, offset);
        if (word.Length == 0) return null;
        var (path, _) = files.Resolve(relative);
        var result = PolicyChecker.Check(new SourceText(path ?? relative, text));
        if (result.Policy is not { } policy || Load(path ?? relative, policy) is not { } loaded) return null;
        if (policy.Parameters.FirstOrDefault(p => p.Name == word) is { } parameter)
        {
            var value = loaded.Parameters.ValueOf(parameter);
            var assumed = loaded.Parameters.AssumptionOf(parameter.Index);
            return $"param {parameter.Name}: {parameter.Type}" + (value is null ? "，无值 no value" : $" = {ParameterText.Format(value, parameter.Type)}")
                + (assumed is not null ? $"\n⚠ 假设 assumed: {assumed}" : "") + (parameter.Description is { } d ? $"\n{d}" : "")
                + (parameter.Citations.Count > 0 ? $"\n依据 articles: {string.Join("；", parameter.Citations.Select(c => c.Text))}" : "");
        }
        var line = policy.Source.GetPosition(offset).Line;
        var figures = StatedFigures.Of(policy);
        var shown = figures.Where(f => f.Rule == word).ToList() is { Count: > 0 } ofRule ? ofRule : figures.Where(f => f.Line == line).ToList();
        return shown.Count == 0 ? null : string.Join("\n", shown.Take(12).Select(f => Describe(f, FigureDisplay.Of(f, loaded))))
            + (shown.Count > 12 ? $"\n… (+{shown.Count - 12})" : "");
    }

    private static string Describe(StatedFigure figure, FigureDisplay shown) =>
        $"{figure.Rule}: {shown}" + (figure.Conditions.Count > 0 ? $" · {string.Join("; ", figure.Conditions.Select(ConditionText.Chinese))}" : "")
        + (figure.From is { } f ? $" · {Formatting.Date(f)} 起" : "") + (figure.Until is { } u ? $" · 至 {Formatting.Date(u)}" : "")
        + $" · 依据 {(figure.Citations.Count == 0 ? "—" : string.Join("；", figure.Citations))}";

    private static string WordAt(string text, int offset)
    {
        static bool Part(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '元' or '%';
        if (offset < 0 || offset > text.Length) return "";
        var start = offset;
        while (start > 0 && Part(text[start - 1])) start--;
        var end = offset;
        while (end < text.Length && Part(text[end])) end++;
        return text[start..end].Trim('.');
    }

    private ComparisonInput.LoadedPolicy? Load(string path, CheckedPolicy policy)
    {
        var parameters = PolicyLoader.Parameters(policy, path, paramFiles, [], new InputSettings(), TextWriter.Null);
        return parameters is null ? null : new ComparisonInput.LoadedPolicy(path, PolicyLoader.PolicyId(path), policy, parameters, []);
    }

    /// <summary>Every rule file of the directory that checks and has a period, settled on the scenario grid in their common year.</summary>
    public WorkbenchChart Chart()
    {
        var skipped = new List<string>();
        var loaded = new List<(ComparisonInput.LoadedPolicy Policy, ScenarioYear.Period Period)>();
        foreach (var relative in files.List())
        {
            var (path, _) = files.Resolve(relative);
            var errors = new StringWriter();
            var policy = PolicyLoader.Load(path!, errors);
            var entry = policy is null ? null : Load(path!, policy);
            var (period, problem) = entry is null ? (null, null) : ScenarioYear.Of(entry.Policy, entry.Parameters);
            if (entry is null || period is null)
            {
                skipped.Add($"{relative}: {(problem ?? errors.ToString().Split('\n').LastOrDefault(l => l.Length > 0) ?? "does not load").Replace(files.Root + Path.DirectorySeparatorChar, "")}");
                continue;
            }
            loaded.Add((entry with { Name = PolicyLoader.PolicyId(relative) }, period));
        }
        if (loaded.Count == 0) return new WorkbenchChart(null, ScenarioGrid.Top, [], skipped);
        var (year, none) = ScenarioYear.Choose(loaded.Select(l => (l.Policy.Name, l.Period)).ToList(), null);
        if (year is null) return new WorkbenchChart(null, ScenarioGrid.Top, [], [.. skipped, none!]);
        var cities = loaded.Select(l => CityResults.Settle(l.Policy.Name, l.Policy.Policy, l.Policy.Parameters, l.Period, year.Value)).ToList();
        return new WorkbenchChart(year, ScenarioGrid.Top, ReportData.Scenarios(cities), skipped);
    }
}
