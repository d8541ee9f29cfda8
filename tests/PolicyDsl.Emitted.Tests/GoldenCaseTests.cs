using PolicyDsl.Semantics;
using PolicyDsl.Testing;
using PolicyDsl.Text;

namespace PolicyDsl.Emitted.Tests;

/// <summary>Every golden case of the five shipped cities and of the examples, settled through the classes `policy emit cs` wrote at build time.</summary>
public class GoldenCaseTests
{
    /// <summary>The compiled classes, by policy: a reference to each, so a class that did not compile fails the build.</summary>
    private static readonly Dictionary<string, Type> Classes = new()
    {
        ["xiangtan"] = typeof(global::Emitted.XiangtanRules),
        ["anshan"] = typeof(global::Emitted.AnshanRules),
        ["chuxiong"] = typeof(global::Emitted.ChuxiongRules),
        ["jinan"] = typeof(global::Emitted.JinanRules),
        ["chongqing"] = typeof(global::Emitted.ChongqingRules),
        ["examples/banded"] = typeof(global::Emitted.BandedRules),
        ["examples/caps"] = typeof(global::Emitted.CapsRules),
        ["examples/contract"] = typeof(global::Emitted.ContractRules),
        ["examples/referral"] = typeof(global::Emitted.ReferralRules),
        ["examples/xiangtan-per-visit"] = typeof(global::Emitted.XiangtanPerVisitRules),
        ["examples/xiangtan-top-up"] = typeof(global::Emitted.XiangtanTopUpRules),
        ["examples/jinan-before-2023"] = typeof(global::Emitted.JinanBefore2023Rules),
    };

    public static TheoryData<string, bool> Cities()
    {
        var data = new TheoryData<string, bool>();
        foreach (var city in Classes.Keys)
        {
            data.Add(city, false);
            data.Add(city, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cities))]
    public void EveryGoldenCaseSettlesThroughTheEmittedClass(string policyName, bool oneClaimAtATime)
    {
        var policyPath = Path.Combine(Repository.Policies, policyName + ".policy");
        var city = Path.GetFileName(policyName);
        var policy = PolicyChecker.Check(new SourceText(policyPath, File.ReadAllText(policyPath))).Policy!;
        var casesPath = Path.ChangeExtension(policyPath, ".cases");
        var (file, errors) = CaseFileParser.Parse(casesPath, File.ReadAllText(casesPath));
        Assert.Empty(errors);
        Assert.True(file.Cases.Count >= (policyName.StartsWith("examples/", StringComparison.Ordinal) ? 3 : 25), $"{city} has only {file.Cases.Count} cases");   // 25: as GoldenCaseTests asks of every city
        var runner = new CaseRunner(policy, city, values => new EmittedBackEnd(Classes[policyName], policy, values, oneClaimAtATime));
        var failed = file.Cases.Select(runner.Run).Where(r => !r.Passed).Select(r => $"{casesPath}:{r.Case.Line} {r.Case.Name}\n  {string.Join("\n  ", r.Differences)}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }
}
