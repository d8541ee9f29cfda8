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
        var @namespace = new Option<string>("--namespace") { Description = "put the class in this namespace (file-scoped), e.g. Billing.Rules" };
        var @class = new Option<string>("--class") { Description = "the class's name (default: from the file name, e.g. XiangtanPolicy)" };
        var cs = new Command("cs", "Write the policy as a readable, self-contained C# static class") { policy, file, @namespace, @class };
        cs.SetAction(result => output.Run(() =>
        {
            var path = result.GetValue(policy)!;
            var options = new CSharpEmitter.Options(result.GetValue(@namespace), result.GetValue(@class));
            if (CSharpEmitter.Problem(options) is { } usage)
            {
                output.Error.WriteLine($"policy emit cs: {usage}");
                return 2;
            }
            var checkedPolicy = PolicyLoader.Load(path, output.Error);
            if (checkedPolicy is null) return 1;
            var (code, problem) = CSharpEmitter.Emit(checkedPolicy, PolicyLoader.PolicyId(path), options);
            if (code is null)
            {
                output.Error.WriteLine($"policy emit cs: {problem}");
                return 2;
            }
            if (result.GetValue(file) is { } target) output.WriteFile(target, new System.Text.UTF8Encoding(false).GetBytes(code));
            else output.Out.Write(code);
            return 0;
        }));
        return new Command("emit", "Generate code from a policy") { cs };
    }
}
