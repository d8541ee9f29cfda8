using PolicyDsl.Semantics;
using PolicyDsl.Text;
using Xunit.Abstractions;

namespace PolicyDsl.Tests;

public class Smoke(ITestOutputHelper output)
{
    [Fact]
    public void Xiangtan()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "../../../../../policies/xiangtan.policy");
        var result = PolicyChecker.Check(new SourceText("xiangtan.policy", File.ReadAllText(path)));
        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString() + " hint: " + d.EffectiveHint);
        Assert.NotNull(result.Policy);
    }
}
