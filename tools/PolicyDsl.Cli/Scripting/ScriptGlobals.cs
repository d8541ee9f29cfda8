using PolicyDsl.Cli.Input;
using PolicyDsl.Domain;
using PolicyDsl.Hosting;

namespace PolicyDsl.Cli.Scripting;

/// <summary>
/// What a <c>policy script</c> sees besides the library (<c>PolicyDsl.Hosting</c>, <c>.Domain</c>,
/// <c>.Runtime</c> are imported): its arguments and the tool's own readers, so a what-if reads files
/// exactly as <c>policy eval</c> does. A problem in a file is printed like the tool prints it and stops
/// the script (exit 1).
/// </summary>
public sealed class ScriptGlobals
{
    private readonly TextWriter _error;

    internal ScriptGlobals(string[] args, string scriptPath, TextWriter error)
    {
        Args = args;
        ScriptDirectory = Path.GetDirectoryName(Path.GetFullPath(scriptPath))!;
        _error = error;
    }

    /// <summary>The arguments after the script's path.</summary>
    public string[] Args { get; }

    /// <summary>The folder the script is in, for files that travel with it.</summary>
    public string ScriptDirectory { get; }

    /// <summary>A rule file, checked; its errors stop the script.</summary>
    public Policy LoadPolicy(string path) => Check(Policy.Load(path), path);

    /// <summary>A rule file's text, changed by the script (a what-if), checked; its errors stop the script.</summary>
    public Policy ParsePolicy(string text, string path) => Check(Policy.Parse(text, path), path);

    /// <summary>The policy's params from params files (as <c>--params</c>), assumed values flagged as usual.</summary>
    public PolicyParameters ReadParams(Policy policy, params string[] paramsFiles) =>
        PolicyLoader.Parameters(policy.Checked, policy.Path, paramsFiles, [], InputSettings.Default, _error) is { } values
            ? new PolicyParameters(policy.Checked.Parameters, values)
            : throw new ScriptStop();

    /// <summary>Claims from a CSV or workbook, with the inputs these policies declare.</summary>
    public IReadOnlyList<Claim> ReadClaims(string path, params Policy[] policies)
    {
        var declared = policies.SelectMany(p => p.Checked.Inputs.Declared).DistinctBy(i => (i.Group, i.Name)).ToList();
        return InputFiles.Claims(path, declared, InputSettings.Default, _error) ?? throw new ScriptStop();
    }

    private Policy Check(PolicyLoad load, string path)
    {
        foreach (var diagnostic in load.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)) Output.DiagnosticPrinter.Print(_error, diagnostic);
        return load.Policy ?? throw new ScriptStop($"{path}: the policy has errors");
    }
}

/// <summary>A file the script read had problems, already printed: the script stops with exit 1.</summary>
public sealed class ScriptStop(string? message = null) : Exception(message ?? "the script stopped on a bad input file");
