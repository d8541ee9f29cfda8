using System.Text;
using PolicyDsl.Cli;

Console.OutputEncoding = Encoding.UTF8;
return PolicyCli.Run(args, Console.Out, Console.Error, progress: !Console.IsErrorRedirected, screen: !Console.IsOutputRedirected);
