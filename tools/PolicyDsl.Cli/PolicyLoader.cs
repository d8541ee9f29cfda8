using System.Text;
using PolicyDsl.Cli.Input;
using PolicyDsl.Cli.Output;
using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Runtime;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics;
using PolicyDsl.Text;

namespace PolicyDsl.Cli;

/// <summary>Reads, checks and compiles a policy file and gives its params their values, printing any problem.</summary>
internal static class PolicyLoader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads a policy file as UTF-8; invalid bytes become U+FFFD, which the parser reports with its position (PD0006).</summary>
    public static bool TryReadText(string path, TextWriter error, out string text)
    {
        text = "";
        var (bytes, problem) = Input.InputText.ReadBytes(path, InputKind.Policy);
        if (bytes is null)
        {
            DiagnosticPrinter.Print(error, problem!);
            return false;
        }
        text = Utf8.GetString(bytes);
        return true;
    }

    public static CheckResult? Check(string path, TextWriter error)
    {
        if (!TryReadText(path, error, out var text)) return null;
        return PolicyChecker.Check(new SourceText(path, text));
    }

    /// <summary>Checks and compiles; prints errors (not warnings) and returns null when the policy has any.</summary>
    public static CheckedPolicy? Load(string path, TextWriter error)
    {
        var result = Check(path, error);
        if (result is null) return null;
        if (result.Policy is not null) return result.Policy;
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == Severity.Error)) DiagnosticPrinter.Print(error, diagnostic);
        error.WriteLine($"{path}: the policy has errors; run 'policy check {path}' for details");
        return null;
    }

    /// <summary>The policy's id for qualified params: its file name without the extension.</summary>
    public static string PolicyId(string path) => System.IO.Path.GetFileNameWithoutExtension(path);

    /// <param name="applied">when given, receives every assignment read, in order (the last for a name is the one that holds)</param>
    public static ParameterValues? Parameters(CheckedPolicy policy, string policyPath, IEnumerable<string> paramFiles, IEnumerable<string> sets, Input.InputSettings settings,
        TextWriter error, List<ParameterAssignment>? applied = null)
    {
        var assignments = applied ?? [];
        var errors = new List<InputError>();
        foreach (var file in paramFiles)
        {
            if (Input.InputFiles.Text(file, InputKind.Params, settings, error) is not { } text) return null;
            var (parsed, fileErrors) = ParamsFile.Parse(file, text);
            assignments.AddRange(parsed);
            errors.AddRange(fileErrors);
        }
        foreach (var set in sets)
        {
            if (ParamsFile.ParseSet(set) is { } assignment) assignments.Add(assignment);
            else errors.Add(new InputError(DiagnosticCatalogue.BadParamsLine, "--set", [set]));
        }
        var (values, bindErrors) = ParameterBinding.Bind(policy, PolicyId(policyPath), assignments);
        errors.AddRange(bindErrors);
        foreach (var e in errors) DiagnosticPrinter.Print(error, e);
        return errors.Count == 0 ? values : null;
    }
}
