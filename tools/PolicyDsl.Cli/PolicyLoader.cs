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

    /// <summary>
    /// Reads a text file as UTF-8; invalid bytes become U+FFFD, which the parser reports with its position.
    /// At most the kind's limit is read: a larger file (or an endless one, /dev/zero) is refused, not read whole.
    /// </summary>
    public static bool TryReadText(string path, InputKind kind, TextWriter error, out string text)
    {
        text = "";
        if (Directory.Exists(path))
        {
            DiagnosticPrinter.Print(error, new InputError(DiagnosticCatalogue.UnreadableFile, path, ["it is a directory, not a file"]));
            return false;
        }
        var limit = InputKinds.MaxBytes(kind);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // A regular file says its length; a device or pipe says 0, so reading stops at the limit instead.
            if (stream.CanSeek && stream.Length > limit) return TooLarge(path, kind, limit, error);
            var content = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (content.Length + read > limit) return TooLarge(path, kind, limit, error);
                content.Write(chunk, 0, read);
            }
            text = Utf8.GetString(content.GetBuffer(), 0, (int)content.Length);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            DiagnosticPrinter.Print(error, new InputError(DiagnosticCatalogue.UnreadableFile, path, [Reason(e)]));
            return false;
        }
    }

    private static bool TooLarge(string path, InputKind kind, long limit, TextWriter error)
    {
        DiagnosticPrinter.Print(error, new InputError(DiagnosticCatalogue.InputFileTooLarge, path, [InputKinds.Name(kind), limit]));
        return false;
    }

    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    public static CheckResult? Check(string path, TextWriter error)
    {
        if (!TryReadText(path, InputKind.Policy, error, out var text)) return null;
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

    public static ParameterValues? Parameters(CheckedPolicy policy, string policyPath, IEnumerable<string> paramFiles, IEnumerable<string> sets, TextWriter error)
    {
        var assignments = new List<ParameterAssignment>();
        var errors = new List<InputError>();
        foreach (var file in paramFiles)
        {
            if (!TryReadText(file, InputKind.Params, error, out var text)) return null;
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
