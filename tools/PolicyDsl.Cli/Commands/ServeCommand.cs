using System.CommandLine;
using PolicyDsl.Cli.Serve;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy serve [DIR] [--port N]</c>: the local workbench over the rule files in DIR, on 127.0.0.1 only, until
/// Ctrl+C. Its address goes to standard error (standard output is for results, and a server has none).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliOutput output)
    {
        var directory = new Argument<string>("DIR") { Description = "the directory of rule files to edit (default: the current directory)", Arity = ArgumentArity.ZeroOrOne };
        var port = new Option<int>("--port") { Description = "the port on 127.0.0.1 (default 5178; 0 for any free port)", DefaultValueFactory = _ => 5178 };
        port.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port must be between 0 and 65535"); });
        var common = new CommonOptions();
        var command = new Command("serve", "A local workbench in the browser: edit the rule files in DIR with the checker's diagnostics as you type, and the comparison chart") { directory };
        command.Options.Add(port);
        command.Options.Add(common.Params);
        command.SetAction(result => output.Run(() =>
        {
            var dir = result.GetValue(directory) ?? ".";
            if (!Directory.Exists(dir))
            {
                output.Error.WriteLine($"policy serve: error: '{dir}' is not a directory");
                return 1;
            }
            Workbench workbench;
            try
            {
                workbench = Workbench.StartAsync(dir, result.GetValue(port), result.GetValue(common.Params) ?? []).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                output.Error.WriteLine($"policy serve: error: cannot listen on 127.0.0.1:{result.GetValue(port)}: {e.Message}; choose another --port");
                return 1;
            }
            using var stop = new ManualResetEventSlim();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Set(); };
            Console.CancelKeyPress += onCancel;
            output.Error.WriteLine($"policy serve: the workbench for {Path.GetFullPath(dir)} is at {workbench.Url} (127.0.0.1 only); Ctrl+C stops it");
            stop.Wait();
            Console.CancelKeyPress -= onCancel;
            workbench.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return 0;
        }));
        return command;
    }
}
