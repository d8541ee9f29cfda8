using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Scenarios;
using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics;
using PolicyDsl.Text;

namespace PolicyDsl.Cli.Serve;

/// <summary>A diagnostic as the editor places it: UTF-16 offsets into the text checked (CodeMirror's too), the code, the message, the hint.</summary>
internal sealed record EditorDiagnostic(int From, int To, string Severity, string Id, string Message, string? Hint, int Line, int Column);

/// <summary>A rule file of the directory (<paramref name="Relative"/> to it) that checks, with its params and the period it is in force.</summary>
/// <param name="Stamp">what the file and the params files were when it was loaded (<see cref="WorkbenchCache.Stamp"/>)</param>
internal sealed record DirectoryPolicy(string Relative, string Stamp, ComparisonInput.LoadedPolicy Policy, ScenarioYear.Period Period);

/// <summary>
/// What the workbench asks of the library: the real checker's diagnostics for the text being edited, and the
/// directory's rule files loaded with their params for the views and hover. Nothing else is ever run.
/// </summary>
internal sealed class WorkbenchAnalysis(WorkbenchFiles files, IReadOnlyList<string> paramFiles)
{
    private readonly WorkbenchCache _cache = new();

    public WorkbenchFiles Files => files;

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

    /// <summary>A checked policy with the params a run would use (the params files, then its defaults); null when a params file is unreadable.</summary>
    public ComparisonInput.LoadedPolicy? Load(string path, CheckedPolicy policy)
    {
        var parameters = PolicyLoader.Parameters(policy, path, paramFiles, [], new InputSettings(), TextWriter.Null);
        return parameters is null ? null : new ComparisonInput.LoadedPolicy(path, PolicyLoader.PolicyId(path), policy, parameters, []);
    }

    /// <summary>Every rule file of the directory that checks and has a period, named by its file; the others left out with why.</summary>
    public (IReadOnlyList<DirectoryPolicy> Loaded, IReadOnlyList<string> Skipped) Directory()
    {
        var skipped = new List<string>();
        var loaded = new List<DirectoryPolicy>();
        foreach (var relative in files.List())
        {
            // Stamped before the file is read: a change while it is read is seen by the next request.
            var stamp = Stamp(relative);
            var (entry, problem) = _cache.Get($"load {relative}", stamp, () => LoadFile(relative, stamp));
            if (entry is null) skipped.Add($"{relative}: {problem}");
            else loaded.Add(entry);
        }
        return (loaded, skipped);
    }

    /// <summary>The policy settled on the scenario grid in <paramref name="year"/>, as long as its file and the params files are unchanged.</summary>
    public CityResults Settle(DirectoryPolicy entry, int year) =>
        _cache.Get($"grid {entry.Relative} {year}", entry.Stamp,
            () => CityResults.Settle(entry.Policy.Name, entry.Policy.Policy, entry.Policy.Parameters, entry.Period, year));

    /// <summary>What a file's results rest on: the file and every params file.</summary>
    private string Stamp(string relative) =>
        string.Join(" ", paramFiles.Select(WorkbenchCache.Stamp).Prepend(WorkbenchCache.Stamp(files.Resolve(relative).Path!)));

    private (DirectoryPolicy? Entry, string? Problem) LoadFile(string relative, string stamp)
    {
        var path = files.Resolve(relative).Path!;
        var errors = new StringWriter();
        var policy = PolicyLoader.Load(path, errors);
        var entry = policy is null ? null : Load(path, policy);
        var (period, problem) = entry is null ? (null, null) : ScenarioYear.Of(entry.Policy, entry.Parameters);
        if (entry is null || period is null)
        {
            return (null, (problem ?? errors.ToString().Split('\n').LastOrDefault(l => l.Length > 0) ?? "does not load").Replace(files.Root + Path.DirectorySeparatorChar, ""));
        }
        return (new DirectoryPolicy(relative, stamp, entry with { Name = PolicyLoader.PolicyId(relative) }, period), null);
    }
}
