using System.CommandLine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using PolicyDsl.Cli.Scripting;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy script FILE.csx [ARGS]</c>: a C# script with the library imported, for the what-ifs an analyst
/// or a developer asks. Compile errors print at file:line:col like rule errors; what the script prints is
/// released only when it finishes (exit 0), so a failed script leaves no half a report.
/// </summary>
internal static class ScriptCommand
{
    private static readonly string[] Imports = ["System", "System.IO", "System.Linq", "System.Collections.Generic", "PolicyDsl.Hosting", "PolicyDsl.Domain", "PolicyDsl.Runtime"];

    public static Command Create(CliOutput output)
    {
        var file = new Argument<string>("FILE") { Description = "the C# script (.csx)" };
        var args = new Argument<string[]>("ARGS") { Description = "arguments for the script (its Args)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("script", "Run a C# script with the PolicyDsl library imported (what-ifs, budget impact, batch jobs)") { file, args };
        command.SetAction(result => output.Run(() =>
        {
            var path = result.GetValue(file)!;
            if (!PolicyLoader.TryReadText(path, output.Error, out var code)) return 1;
            return Run(path, code, result.GetValue(args) ?? [], output);
        }));
        return command;
    }

    private static int Run(string path, string code, string[] args, CliOutput output)
    {
        var options = ScriptOptions.Default
            .WithFilePath(Path.GetFullPath(path))
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithEmitDebugInformation(true)
            .AddReferences(typeof(Hosting.Policy).Assembly, typeof(ScriptGlobals).Assembly)
            .AddImports(Imports);
        var script = CSharpScript.Create(code, options, typeof(ScriptGlobals));
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors) output.Error.WriteLine(Format(path, error));
            output.Error.WriteLine($"{path}: {errors.Count} error(s)");
            return 1;
        }
        // The script writes with Console; its text joins the command's buffered output.
        var console = Console.Out;
        Console.SetOut(output.Out);
        try
        {
            var state = script.RunAsync(new ScriptGlobals(args, path, output.Error)).GetAwaiter().GetResult();
            return state.ReturnValue is int exit ? exit : 0;
        }
        catch (ScriptStop stop)
        {
            output.Error.WriteLine($"{path}: {stop.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            output.Error.WriteLine($"{path}: error: the script stopped: {e.GetType().Name}: {e.Message}{Where(e)}");
            return 1;
        }
        finally
        {
            Console.Out.Flush();
            Console.SetOut(console);
        }
    }

    /// <summary><c>file:line:col: error CS0103: message</c>, as rule-file errors read.</summary>
    private static string Format(string path, Microsoft.CodeAnalysis.Diagnostic error)
    {
        var start = error.Location.GetLineSpan().StartLinePosition;
        return $"{path}:{start.Line + 1}:{start.Character + 1}: error {error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The script's line the exception came from, when the stack says (never the stack itself).</summary>
    private static string Where(Exception e)
    {
        var frame = new System.Diagnostics.StackTrace(e, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetFileName() is { } name && name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase));
        return frame is null ? "" : $" (at line {frame.GetFileLineNumber()})";
    }
}
