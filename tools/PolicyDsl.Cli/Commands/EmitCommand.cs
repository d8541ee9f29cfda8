using System.CommandLine;
using PolicyDsl.Compilation.CSharp;

namespace PolicyDsl.Cli.Commands;

/// <summary><c>policy emit cs POLICY</c>: the policy as a self-contained C# static class, on standard output.</summary>
internal static class EmitCommand
{
    public static Command Create(CliOutput output)
    {
        var policy = new Argument<string>("POLICY") { Description = "the rule file" };
        var file = new Option<string>("--out") { Description = "write the class to this file (whole, or not at all) instead of standard output" };
        var cs = new Command("cs", "Write the policy as a readable, self-contained C# static class") { policy, file };
        cs.SetAction(result => output.Run(() =>
        {
            var path = result.GetValue(policy)!;
            var checkedPolicy = PolicyLoader.Load(path, output.Error);
            if (checkedPolicy is null) return 1;
            var code = CSharpEmitter.Emit(checkedPolicy, PolicyLoader.PolicyId(path));
            if (result.GetValue(file) is { } target) output.WriteFile(target, new System.Text.UTF8Encoding(false).GetBytes(code));
            else output.Out.Write(code);
            return 0;
        }));
        return new Command("emit", "Generate code from a policy") { cs };
    }
}
