using PolicyDsl.Semantics;
using PolicyDsl.Text;

namespace PolicyDsl.Benchmarks;

/// <summary>The checked Xiangtan policy, read from the repository so the benchmark measures the real rules file.</summary>
internal static class XiangtanPolicy
{
    public const string RelativePath = "policies/xiangtan.policy";

    public static CheckedPolicy Load()
    {
        var path = Path.Combine(Repository.Root(), RelativePath);
        var result = PolicyChecker.Check(new SourceText(path, File.ReadAllText(path)));
        return result.Policy ?? throw new InvalidOperationException(
            $"{RelativePath} does not check:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
    }
}
