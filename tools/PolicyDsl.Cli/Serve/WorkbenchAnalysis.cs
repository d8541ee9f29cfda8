using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Scenarios;
using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics;
using PolicyDsl.Text;

namespace PolicyDsl.Cli.Serve;

/// <summary>A diagnostic as the editor places it: UTF-16 offsets into the text checked (CodeMirror's too), the code, the message, the hint.</summary>
internal sealed record EditorDiagnostic(int From, int To, string Severity, string Id, string Message, string? Hint, int Line, int Column);

/// <summary>A rule file of the directory that checks, with its params and the period it is in force.</summary>
internal sealed record DirectoryPolicy(ComparisonInput.LoadedPolicy Policy, ScenarioYear.Period Period);

/// <summary>
/// What the workbench asks of the library: the real checker's diagnostics for the text being edited, and the
/// directory's rule files loaded with their params for the views and hover. Nothing else is ever run.
/// </summary>
internal sealed class WorkbenchAnalysis(WorkbenchFiles files, IReadOnlyList<string> paramFiles)
{
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
            loaded.Add(new DirectoryPolicy(entry with { Name = PolicyLoader.PolicyId(relative) }, period));
        }
        return (loaded, skipped);
    }
}
