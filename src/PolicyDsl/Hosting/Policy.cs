using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics;
using PolicyDsl.Text;

namespace PolicyDsl.Hosting;

/// <summary>
/// A rule file, read and checked: where a host starts. <see cref="Parse"/> or <see cref="Load"/> give
/// it with every diagnostic as data (never an exception for a bad file); <see cref="Compile"/> makes the
/// <see cref="Settler"/> that settles claims with it.
/// </summary>
/// <example>
/// <code>
/// var load = Policy.Load("policies/xiangtan.policy");
/// if (!load.Succeeded) { foreach (var d in load.Diagnostics) Console.Error.WriteLine(d); return; }
/// var settler = load.Policy!.Compile();
/// </code>
/// </example>
public sealed class Policy
{
    private Policy(CheckedPolicy checkedPolicy) => Checked = checkedPolicy;

    internal CheckedPolicy Checked { get; }

    /// <summary>The notice's title (the header's <c>policy "…"</c>).</summary>
    public string Title => Checked.Info.Title;

    /// <summary>The city (统筹地区) the notice is for, <c>湘潭市</c>.</summary>
    public string City => Checked.Info.City;

    /// <summary>The notices the file transcribes (文号).</summary>
    public IReadOnlyList<string> Notices => Checked.Info.Notices;

    /// <summary>The file's path, as given.</summary>
    public string Path => Checked.Source.Path;

    /// <summary>The names of the policy's params, in file order.</summary>
    public IReadOnlyList<string> ParameterNames => Checked.Parameters.Select(p => p.Name).ToList();

    /// <summary>Checks a rule file's text; <paramref name="path"/> is only named in diagnostics.</summary>
    public static PolicyLoad Parse(string text, string path = "policy.policy")
    {
        var result = PolicyChecker.Check(new SourceText(path, text));
        return new PolicyLoad(result.Policy is { } p ? new Policy(p) : null, result.Diagnostics);
    }

    /// <summary>Reads and checks a rule file (UTF-8); a file that cannot be read is a diagnostic too.</summary>
    public static PolicyLoad Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var source = new SourceText(path, "");
            var reason = e is FileNotFoundException ? "no such file" : e is DirectoryNotFoundException ? "no such directory" : e.Message;
            return new PolicyLoad(null, [new Diagnostic(DiagnosticCatalogue.UnreadableFile, source, new TextSpan(0, 0), [reason])]);
        }
        return Parse(text, path);
    }

    /// <summary>Values for the params, starting at the file's defaults; set them, then pass them to <see cref="Compile"/>.</summary>
    public PolicyParameters NewParameters() => new(Checked.Parameters);

    /// <summary>
    /// Compiles the rules once. The settler is immutable and safe to share between threads; it keeps a
    /// copy of <paramref name="parameters"/>, so changing them later does not change it.
    /// </summary>
    /// <param name="trace">Record each settlement's steps, citations and assumptions (slower; for explanations).</param>
    /// <exception cref="ArgumentException">The parameters were made for another policy.</exception>
    public Settler Compile(PolicyParameters? parameters = null, bool trace = false)
    {
        if (parameters is not null && !parameters.Belongs(Checked.Parameters))
        {
            throw new ArgumentException("these parameters were made by another policy's NewParameters()", nameof(parameters));
        }
        return new(Checked, (parameters ?? NewParameters()).Copy(), trace);
    }
}

/// <summary>A policy that checked clean (<see cref="Policy"/> set), or the errors that stopped it; warnings either way.</summary>
/// <param name="Policy">The policy, or null when an error stopped it.</param>
/// <param name="Diagnostics">Every error and warning, in file order, each printing as <c>file:line:col: error PD0103: message</c>.</param>
public sealed record PolicyLoad(Policy? Policy, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the policy checked clean (warnings allowed): <see cref="Policy"/> is then set.</summary>
    public bool Succeeded => Policy is not null;
}
