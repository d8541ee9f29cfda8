using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyDsl.Compilation.CSharp;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Properties;

/// <summary>
/// Issue 11, item 8: whatever <c>policy check</c> accepts, <c>policy emit cs</c> compiles. Names are put
/// in every place a policy name reaches the emitted class (a let, a function, a function's parameter, a
/// param, a declared input, an enumeration and its members), many in one policy, and the class is
/// compiled on its own with Roslyn. Names the checker refuses are dropped first: only accepted ones count.
/// </summary>
public class EmittedNameProperties
{
    /// <summary>C#'s keywords, contextual keywords and undocumented ones, and the names the emitted class itself uses.</summary>
    private static readonly string[] Hazards =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal", "default",
        "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto",
        "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
        "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc",
        "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "add", "allows", "alias", "and", "ascending", "args", "async", "await", "by",
        "descending", "dynamic", "equals", "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let",
        "managed", "nameof", "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped",
        "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield", "__arglist", "__makeref", "__refvalue", "__reftype",
        "_", "input", "parameters", "index", "Math", "DateOnly", "Input", "Parameters", "Eligible", "Deductible", "Ratio", "Cap", "Account",
        "HasAccount", "HasRatio", "HasCap", "HasFund", "Fund", "TotalCounts", "Figures", "Let", "CapTo", "Bands", "Func", "Array", "Excludes",
        "ExclusionReasons", "Settle", "InForceFrom", "InForceUntil", "Unstated", "Missing", "MissingInput", "NoValue", "Error", "Enums", "Lesser",
        "Greater", "System", "String", "InvalidOperationException", "ArgumentOutOfRangeException", "ArgumentException", "MidpointRounding",
        "HospitalLevel", "InsuredStatus", "Scheme", "Channel", "Place", "T", "value__", "IComparable", "Equals", "GetHashCode", "ToString",
        "Deconstruct", "EqualityContract", "PrintMembers", "GetType", "MemberwiseClone", "Finalize", "Totals", "Result", "Room", "TightestCap",
        "Date", "Amount", "Level", "Designated", "Inpatient", "Status", "Age", "OldWorker", "Base", "FundPaid", "DeductibleMet",
        "DeductibleMetAtLevel", "Clamp", "Round", "Max", "Min", "Floor", "MaxValue", "MinValue", "Object", "Decimal", "Int32", "Boolean",
        "XPolicy", "NamesPolicy", "Policy", "excluded", "eligible", "deductible", "ratio", "cap", "result", "unrounded", "fund", "edges",
        "ratios", "amount", "after", "end", "lower", "paid", "upper", "part", "i", "a", "b", "reason", "parameter", "date", "start", "code",
        "message", "room", "limit", "counted", "body", "v0", "x",
    ];

    /// <summary>A hazard as it is, with one or two underscores after it, or the tail of a long name.</summary>
    private static readonly Gen<string> Name = Gen.OneOf(
        Gen.Elements(Hazards),
        Gen.Elements(Hazards).Select(h => h + "_"),
        Gen.Elements(Hazards).Select(h => h + "__"),
        Gen.Elements(Hazards).Select(h => "_" + h),
        from c in Gen.Elements("a", "名", "x_", "Policy") from n in Gen.Choose(200, 300) select string.Concat(Enumerable.Repeat(c, n)),
        from first in Gen.Elements("x", "起付", "Ä", "_") from rest in Gen.Elements("", "1", "_", "Policy", "线", "__") select first + rest);

    /// <summary>
    /// One policy with each name in one place, in turn a let, a function, a function's parameter, a
    /// param, a declared input, an enumeration and an enumeration's member; every one used by rule cap.
    /// </summary>
    private static string PolicyWith(IReadOnlyList<string> names)
    {
        var text = new StringBuilder(Policies.Header);
        var uses = new List<string> { "0元" };
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            switch (k % 7)
            {
                case 0: text.Append($"let {n} = 1元 @ 第一条\n"); uses.Add(n); break;
                case 1: text.Append($"let {n} (x: Money) = x + 1元 @ 第一条\n"); uses.Add($"{n} 1元"); break;
                case 2: text.Append($"let h{k} ({n}: Money) ({n}_: Money) = {n} + {n}_ @ 第一条\n"); uses.Add($"h{k} 1元 2元"); break;
                case 3: text.Append($"param {n} : Money = 1元 @ 第一条\n"); uses.Add(n); break;
                case 4: text.Append($"input claim.{n} : Money = 0元 column \"c{k}\" @ 第一条\n"); uses.Add($"claim.{n}"); break;
                case 5:
                    text.Append($"enum {n} = A{k} | B{k} @ 第一条\ninput person.e{k} : {n} = A{k} column \"e{k}\" @ 第一条\n");
                    // A parameter named like the enumeration, whose body reads a member of it.
                    text.Append($"let t{k} ({n}: Money) = if person.e{k} = B{k} then {n} else 0元 @ 第一条\n");
                    uses.Add($"t{k} 1元");
                    break;
                default:
                    text.Append($"enum M{k} = {n} | Z{k} @ 第一条\ninput person.m{k} : M{k} = Z{k} column \"m{k}\" @ 第一条\n");
                    uses.Add($"(if person.m{k} = {n} then 1元 else 0元)");
                    break;
            }
        }
        text.Append("rule eligible = claim.amount @ 第一条\nrule deductible = 0元 @ 第一条\nrule ratio = 50% @ 第一条\n");
        text.Append($"rule cap = {string.Join(" + ", uses)} @ 第一条\n");
        return text.ToString();
    }

    /// <summary>The names the checker accepts in the places <see cref="PolicyWith"/> puts them (those with an error are dropped, in rounds).</summary>
    private static (string Text, PolicyDsl.Semantics.CheckedPolicy? Policy, List<string> Names) Accepted(IEnumerable<string> candidates)
    {
        var names = candidates.Distinct().ToList();
        for (var round = 0; round < 8; round++)
        {
            var text = PolicyWith(names);
            var result = Policies.Check(text);
            if (result.Policy is not null) return (text, result.Policy, names);
            var lines = text.Split('\n');
            var bad = result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)
                .Select(d => lines[d.Position.Line - 1]).ToList();
            var kept = names.Where(n => !bad.Any(line => line.Contains(n, StringComparison.Ordinal))).ToList();
            if (kept.Count == names.Count) kept = names.Skip(1).ToList();
            names = kept;
        }
        return ("", null, names);
    }

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray());

    /// <summary>The errors Roslyn reports compiling the emitted class on its own.</summary>
    private static List<string> CompileErrors(PolicyDsl.Semantics.CheckedPolicy policy)
    {
        var source = CSharpEmitter.Emit(policy, "names");
        var compilation = CSharpCompilation.Create("names", [CSharpSyntaxTree.ParseText(source)], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        return emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }

    private static void AssertCompiles(IEnumerable<string> candidates)
    {
        var (text, policy, names) = Accepted(candidates);
        Assert.True(policy is not null, "no accepted subset of the names checks clean");
        var errors = CompileErrors(policy!);
        Assert.True(errors.Count == 0, $"{errors.Count} error(s) compiling the emitted class, {names.Count} names:\n{string.Join("\n", errors.Take(20))}\n---\n{text[..Math.Min(text.Length, 4000)]}");
    }

    [Fact]
    public void EveryHazardInEveryPlaceCompiles()
    {
        // Once each of these failed: __arglist and kin, nameof, Settle beside Settle_, parameters input and T, names of 255 Chinese characters (765 bytes; longer ones are refused, PD0132).
        var names = Hazards.Concat(Hazards.Select(h => h + "_")).Concat(["Math_", "Settle__", new string('名', 255), new string('名', 254) + "_", "Policy" + new string('名', 249)]).ToList();
        AssertCompiles(names);
    }

    [Fact]
    public void TheKnownFailuresAreAccepted()
    {
        // Not dropped by the checker: so the test above really compiles them.
        var (_, policy, names) = Accepted(["__arglist", "__makeref", "__refvalue", "nameof", "Settle", "Settle_", "Math", "Math_", "input", "T", new string('名', 255)]);
        Assert.NotNull(policy);
        Assert.Contains("__arglist", names);
        Assert.Contains("Settle_", names);
        Assert.Contains(new string('名', 255), names);
    }

    [Property(MaxTest = 6, Replay = "(20261201,7)")]
    public Property GeneratedNamesCompile() =>
        Prop.ForAll(Gen.ListOf(Name).Select(l => l.Take(140).ToList()).ToArbitrary(), names => AssertCompiles(names));
}
