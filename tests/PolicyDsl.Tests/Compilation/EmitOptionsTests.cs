using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyDsl.Compilation.CSharp;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Compilation;

/// <summary><c>emit cs --namespace --class</c>: the class an embedding system names itself compiles as a library and settles like the engine.</summary>
public class EmitOptionsTests
{
    [Fact]
    public void TheChosenNamespaceAndClassCompileAsALibraryAndSettle()
    {
        var policy = Policies.FromFile("xiangtan.policy");
        var (code, problem) = CSharpEmitter.Emit(policy, "xiangtan", new CSharpEmitter.Options("Billing.Rules", "Xiangtan2024"));
        Assert.Null(problem);
        var references = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => MetadataReference.CreateFromFile(a.Location));
        var compilation = CSharpCompilation.Create("Embedded", [CSharpSyntaxTree.ParseText(code!)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var type = Assembly.Load(image.ToArray()).GetType("Billing.Rules.Xiangtan2024", throwOnError: true)!;
        // 湘潭 第四条, employed, level 2, 500元 with nothing met: deductible 200, fund 60% × 300 = 180.
        var input = Activator.CreateInstance(type.GetNestedType("Input")!, new DateOnly(2024, 3, 1), 500m, Enum.Parse(type.GetNestedType("HospitalLevel")!, "Level2"),
            Enum.Parse(type.GetNestedType("Channel")!, "OnSite"), Enum.Parse(type.GetNestedType("Place")!, "Local"), true, false,
            Enum.Parse(type.GetNestedType("InsuredStatus")!, "Employed"), 45, Enum.Parse(type.GetNestedType("Scheme")!, "Employer"), false, 5000m)!;
        var parameters = type.GetNestedType("Parameters")!;
        // Settle(input, parameters), the overload given the totals before the claim (the others carry the state themselves).
        var result = (System.Runtime.CompilerServices.ITuple)type.GetMethod("Settle", [input.GetType(), parameters])!.Invoke(null, [input, Activator.CreateInstance(parameters)])!;
        Assert.Equal((200m, 180m), ((decimal)result[1]!, (decimal)result[4]!));
    }

    [Theory]
    [InlineData(null, "Input", "is one the class uses itself")]            // a type of the class
    [InlineData(null, "class", "is not a C# name")]                         // a keyword
    [InlineData(null, "9Rules", "is not a C# name")]
    [InlineData("Billing.class", null, "'class' in --namespace")]
    [InlineData(null, "levelDeductible", "already a name inside the policy's class")] // one of Xiangtan's own lets
    public void ANameThatCannotBeTheClassIsRefused(string? ns, string? name, string expected)
    {
        var (code, problem) = CSharpEmitter.Emit(Policies.FromFile("xiangtan.policy"), "xiangtan", new CSharpEmitter.Options(ns, name));
        Assert.Null(code);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void ANameTheClassOnlyMentionsInCommentsOrTextIsFree()
    {
        // jinan.policy's docs say "… are not Jinan categories"; that mention is no clash with a class named Jinan.
        var (code, problem) = CSharpEmitter.Emit(Policies.FromFile("jinan.policy"), "jinan", new CSharpEmitter.Options("Billing", "Jinan"));
        Assert.Null(problem);
        Assert.Contains("not Jinan categories", code);
        Assert.Contains("public static class Jinan", code);
        // In code it still clashes: Xiangtan's let levelDeductible is a method of the class (the theory above).
    }

    [Fact]
    public void TheCommandRefusesABadNameAsAUsageError()
    {
        var result = PolicyCommand.Run("emit", "cs", Repository.Path("policies", "xiangtan.policy"), "--class", "class");
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("--class class is not a C# name", result.Error);
    }
}
