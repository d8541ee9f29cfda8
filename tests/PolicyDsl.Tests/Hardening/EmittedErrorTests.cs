using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using PolicyDsl.Compilation.CSharp;
using PolicyDsl.Tests.Support;
using PolicyDsl.Verification;

namespace PolicyDsl.Tests.Hardening;

/// <summary>
/// Issue 11, item 9: a claim the engine cannot settle must fail the same way in the emitted class,
/// with the same code. The emitted Settle once threw ArgumentException from Math.Clamp on a negative
/// eligible amount where the engine reported PD0308.
/// </summary>
public class EmittedErrorTests
{
    /// <summary>The emitted class's own Settle on one level-2 claim of 500元 on 2023-03-01 (or <paramref name="date"/>); the message it throws, or null.</summary>
    private static async Task<string?> SettleThrows(string snippet, string date = "2023-03-01")
    {
        var policy = Policies.Checked(snippet);
        var c = CSharpNames.ClassName("errors");
        var d = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var call = $"\n{c}.Settle(new {c}.Input(new DateOnly({d.Year}, {d.Month}, {d.Day}), 500m, {c}.HospitalLevel.Level2, {c}.Channel.OnSite, {c}.Place.Local, true, false, "
            + $"{c}.InsuredStatus.Employed, 40, {c}.Scheme.Employer, false, 5000m), new {c}.Parameters())";
        try
        {
            await CSharpScript.EvaluateAsync<object>(CSharpEmitter.Emit(policy, "errors") + call, ScriptOptions.Default.AddImports("System"));
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    private static string? EngineError(string snippet, string date = "2023-03-01") =>
        Evaluate.TrySettle(Policies.Checked(snippet), [Claims.On(Claims.Employed(), date, Domain.HospitalLevel.Level2, 500m)]).Error?.Id;

    [Theory]
    [InlineData("rule eligible = claim.amount - 1000元 @ 第一条", "2023-03-01", "PD0308")]
    [InlineData("rule ratio = 110% @ 第一条\nrule cap = 100000元 @ 第一条", "2023-03-01", "PD0310")]
    [InlineData("rule eligible = claim.amount @ 第一条", "2022-12-31", "PD0301")]
    [InlineData("rule cap = unstated \"未载明\"", "2023-03-01", "PD0303")]
    [InlineData("param p : Money @ 第一条\nrule cap = p", "2023-03-01", "PD0302")]
    public async Task TheEmittedSettleFailsWithTheEnginesCode(string snippet, string date, string code)
    {
        Assert.Equal(code, EngineError(snippet, date));
        var message = await SettleThrows(snippet, date);
        Assert.NotNull(message);
        Assert.StartsWith(code + ": ", message);
        Assert.Equal(code, EmittedErrors.Parse(message!)!.Id);
    }

    [Fact]
    public async Task TheNegativeEligibleIsWrittenAsTheEngineWritesIt()
    {
        Assert.Equal("PD0308: rule eligible gives -500.00, below zero", await SettleThrows("rule eligible = claim.amount - 1000元 @ 第一条"));
    }

    [Fact]
    public void AMessageWithoutACodeIsNotTakenForOne()
    {
        Assert.Null(EmittedErrors.Parse("rule eligible gives -500.00, below zero"));
        Assert.Null(EmittedErrors.Parse("PD9999: no such code"));
    }
}
