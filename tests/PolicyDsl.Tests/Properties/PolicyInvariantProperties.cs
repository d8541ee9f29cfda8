using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicyDsl.Compilation;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// Every invariant, built in and declared, holds for every shipped policy, examples included, on
/// generated histories (fixed seeds, so CI replays the same inputs). The policies' unstated figures
/// take the labelled values of policies/assumptions.params.
/// </summary>
public class PolicyInvariantProperties
{
    /// <param name="name">The file under policies/ without .policy: "jinan", "examples/xiangtan-top-up".</param>
    internal static (CheckedPolicy Policy, ParameterValues Values) Load(string name)
    {
        var policy = Policies.FromFile(name + ".policy");
        var path = Repository.Path("policies", "assumptions.params");
        var (assignments, _) = ParamsFile.Parse(path, File.ReadAllText(path));
        return (policy, ParameterBinding.Bind(policy, Path.GetFileName(name), assignments).Values);
    }

    private static Property AllInvariantsHold(string name)
    {
        var (policy, values) = Load(name);
        var settler = new Settler(policy, CompiledPolicy.Compile(policy), values);
        var invariants = BuiltInInvariants.For(PolicyDomain.Of(policy, values)).Concat(DeclaredInvariants.For(policy)).ToList();
        return Prop.ForAll(Arbitraries.ClaimHistories(policy, values), history =>
        {
            foreach (var invariant in invariants)
            {
                if (invariant.Check(history, settler) is { } failure)
                {
                    throw new Xunit.Sdk.XunitException($"{name}: '{invariant.Name}' ({invariant.Source}) broken: {failure}\n{Counterexample.ToCsv(history.Claims)}");
                }
            }
        });
    }

    [Property(MaxTest = 150, Replay = "(20231123,40462247)")]
    public Property Xiangtan() => AllInvariantsHold("xiangtan");

    [Property(MaxTest = 150, Replay = "(20231123,40462247)")]
    public Property Anshan() => AllInvariantsHold("anshan");

    [Property(MaxTest = 150, Replay = "(20231123,40462247)")]
    public Property Chuxiong() => AllInvariantsHold("chuxiong");

    [Property(MaxTest = 150, Replay = "(20231123,40462247)")]
    public Property Jinan() => AllInvariantsHold("jinan");

    [Property(MaxTest = 150, Replay = "(20231123,40462247)")]
    public Property Chongqing() => AllInvariantsHold("chongqing");

    [Property(MaxTest = 80, Replay = "(20231123,40462247)")]
    public Property Banded() => AllInvariantsHold("examples/banded");

    [Property(MaxTest = 80, Replay = "(20231123,40462247)")]
    public Property Caps() => AllInvariantsHold("examples/caps");

    [Property(MaxTest = 80, Replay = "(20231123,40462247)")]
    public Property Referral() => AllInvariantsHold("examples/referral");

    [Property(MaxTest = 80, Replay = "(20231123,40462247)")]
    public Property Contract() => AllInvariantsHold("examples/contract");

    [Property(MaxTest = 80, Replay = "(20231123,40462247)")]
    public Property JinanBefore2023() => AllInvariantsHold("examples/jinan-before-2023");

    [Property(MaxTest = 80, Replay = "(20231123,40462247)")]
    public Property XiangtanPerVisit() => AllInvariantsHold("examples/xiangtan-per-visit");

    [Property(MaxTest = 80, Replay = "(20231123,40462247)")]
    public Property XiangtanTopUp() => AllInvariantsHold("examples/xiangtan-top-up");

    [Fact]
    public void EveryShippedPolicyIsCovered()
    {
        var shipped = Directory.GetFiles(Repository.Path("policies"), "*.policy", SearchOption.AllDirectories)
            .Select(f => Path.GetFileNameWithoutExtension(f).Replace("-", "").ToLowerInvariant()).Order();
        var tested = typeof(PolicyInvariantProperties).GetMethods().Where(m => m.ReturnType == typeof(Property)).Select(m => m.Name.ToLowerInvariant()).Order();
        Assert.Equal(shipped, tested);
    }

    /// <summary>
    /// `policy verify` itself (FsCheck's generators, shrinking, every invariant) passes on every rule
    /// file shipped, examples included: a shipped example that breaks an invariant is a broken example.
    /// </summary>
    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void VerifyPassesOnEveryShippedFile(string name)
    {
        var (policy, values) = Load(name);
        var failures = new Verifier(policy, values).Run(150, 20231123).Where(r => r.Failure is not null).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{name}: {f.Invariant.Name}: {f.Failure}")));
    }

    public static TheoryData<string> ShippedFiles() => new(ShippedNames());

    /// <summary>Every rule file under policies/, as "jinan" or "examples/contract".</summary>
    public static IEnumerable<string> ShippedNames() => Directory.GetFiles(Repository.Path("policies"), "*.policy", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Repository.Path("policies"), f)[..^".policy".Length].Replace('\\', '/')).Order(StringComparer.Ordinal);
}
