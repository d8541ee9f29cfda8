using PolicyDsl.Compilation;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Properties;

/// <summary>The properties can fail: deliberately broken policies are caught, with a readable, shrunk counterexample.</summary>
public class BrokenPolicyTests
{
    private static IReadOnlyList<VerificationResult> Verify(string file)
    {
        var path = Repository.Path("tests", "PolicyDsl.Tests", "Data", "broken", file);
        var policy = PolicyDsl.Semantics.PolicyChecker.Check(new PolicyDsl.Text.SourceText(path, File.ReadAllText(path))).Policy!;
        return new Verifier(policy, new ParameterValues(policy.Parameters)).Run(runs: 300, seed: 7);
    }

    [Fact]
    public void ARatioOf110PercentIsCaught()
    {
        var results = Verify("ratio-110.policy");
        var ratio = results.Single(r => r.Invariant.Name == "ratio within [0, 1]");
        Assert.NotNull(ratio.Counterexample);
        Assert.Equal("claim 1 (" + ratio.Counterexample!.Claims[0].Date.ToString("yyyy-MM-dd") + "): ratio 1.1", ratio.Failure);
        Assert.Single(ratio.Counterexample.Claims); // shrunk to the one claim that shows it
        Assert.Equal(PolicyDsl.Domain.HospitalLevel.Level3, ratio.Counterexample.Claims[0].Level);
        Assert.NotNull(results.Single(r => r.Invariant.Name == "0 ≤ fund ≤ eligible").Counterexample);
    }

    [Fact]
    public void ACapNotAppliedIsCaughtByTheDeclaredInvariant()
    {
        var results = Verify("cap-not-applied.policy");
        var cap = results.Single(r => r.Invariant.Name == "统筹基金年度支付不超过1500元");
        Assert.Equal("@ 第四条", cap.Invariant.Source);
        Assert.NotNull(cap.Counterexample);
        Assert.Contains("fund", cap.Failure);
        var csv = Counterexample.ToCsv(cap.Counterexample!.Claims);
        Assert.StartsWith("person,status,age,scheme,date,level,amount,channel,place,designated,inpatient,old_worker,base\n", csv);
        Assert.NotNull(results.Single(r => r.Invariant.Name == "住院期间不支付").Counterexample);
        Assert.Null(results.Single(r => r.Invariant.Name == "退休人员不低于在职").Counterexample);
    }

    [Fact]
    public void TheCounterexampleReplaysThroughPolicyEval()
    {
        var result = Verify("cap-not-applied.policy").Single(r => r.Invariant.Name == "统筹基金年度支付不超过1500元");
        var csvPath = Path.Combine(Path.GetTempPath(), $"policydsl-counterexample-{Guid.NewGuid():N}.csv");
        File.WriteAllText(csvPath, Counterexample.ToCsv(result.Counterexample!.Claims));
        try
        {
            var eval = PolicyCommand.Run("eval", Repository.Path("tests", "PolicyDsl.Tests", "Data", "broken", "cap-not-applied.policy"), "--claims", csvPath, "--format", "csv");
            Assert.Equal(0, eval.Exit);
            var lastFundYtd = decimal.Parse(eval.Out.Trim().Split('\n')[^1].Split(',')[9], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(lastFundYtd > 1500m, eval.Out);
        }
        finally
        {
            File.Delete(csvPath);
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameCounterexample()
    {
        Assert.Equal(
            Counterexample.ToCsv(Verify("ratio-110.policy")[2].Counterexample!.Claims),
            Counterexample.ToCsv(Verify("ratio-110.policy")[2].Counterexample!.Claims));
    }

    [Fact]
    public void VerifyNeedsTheDateThatBoundsThePeriod()
    {
        var result = PolicyCommand.Run("verify", Repository.Path("policies", "chuxiong.policy"), "--runs", "5");
        Assert.Equal(1, result.Exit);
        Assert.Contains("error PD0302: the period in force: parameter 'effectiveDate' (Date) has no value", result.Error);
    }

    [Fact]
    public void APolicyThatCannotBeVerifiedLeavesNoReportOfTheOthers()
    {
        // Found by the files review: xiangtan's report used to be on stdout before chuxiong stopped the run.
        var result = PolicyCommand.Run("verify", Repository.Path("policies", "xiangtan.policy"), Repository.Path("policies", "chuxiong.policy"), "--runs", "5");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("PD0302", result.Error);
    }

    [Fact]
    public void VerifyCommandExitsOneAndPrintsTheReplayLine()
    {
        var path = Repository.Path("tests", "PolicyDsl.Tests", "Data", "broken", "ratio-110.policy");
        var result = PolicyCommand.Run("verify", path, "--runs", "200", "--seed", "3");
        Assert.Equal(1, result.Exit);
        Assert.Contains("FAIL ratio within [0, 1] (built in)", result.Out);
        Assert.Contains($"replay: policy verify {path} --runs 200 --seed 3", result.Out);
        Assert.Matches(@"\d+ passed, \d+ failed\n$", result.Out);
    }
}
