using System.Reflection;
using System.Xml.Linq;

namespace PolicyDsl.Api.Tests;

/// <summary>
/// The public surface is documented and exercised: every public type and written member has an entry in
/// the XML docs that ship in the package, and is named in this project's tests (so a member no test
/// uses shows up here, to be tested or made internal).
/// </summary>
public class SurfaceCoverageTests
{
    private static string TestsFolder => Path.Combine(AppContext.BaseDirectory, "..", "..", "..");

    [Fact]
    public void EveryPublicTypeAndMemberIsDocumented()
    {
        var xml = Path.ChangeExtension(PublicSurface.Library.Location, ".xml");
        var documented = XDocument.Load(xml).Descendants("member").Select(m => (string)m.Attribute("name")!).ToList();
        var missing = PublicSurface.Types.SelectMany(t => PublicSurface.WrittenMembers(t).Select(m => DocPrefix(t, m)).Prepend("T:" + DocName(t)))
            .Where(prefix => !documented.Any(d => d == prefix || d.StartsWith(prefix + "(", StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "no XML doc for:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void EveryPublicMemberIsUsedByTheseTests()
    {
        var own = new[] { "SurfaceCoverageTests.cs", "PublicSurface.cs", "PublicApiBaselineTests.cs" };
        var code = string.Concat(Directory.GetFiles(TestsFolder, "*.cs").Where(f => !own.Contains(Path.GetFileName(f))).Select(File.ReadAllText));
        var unused = PublicSurface.Types.SelectMany(t => PublicSurface.WrittenMembers(t).Select(m => (Type: t, Member: m)))
            .Where(x => !Used(code, x.Type, x.Member))
            .Select(x => $"{x.Type.Name}.{x.Member.Name}")
            .ToList();
        Assert.True(unused.Count == 0, "public members no test in PolicyDsl.Api.Tests uses:\n  " + string.Join("\n  ", unused));
    }

    /// <summary>A constructor is used by <c>new Type(</c> (or target-typed <c>new(</c> next to the type's name); an indexer by <c>[</c>; anything else by <c>.Name</c> or <c>Name:</c>.</summary>
    private static bool Used(string code, Type type, MemberInfo member) => member switch
    {
        ConstructorInfo => code.Contains($"new {Short(type)}(", StringComparison.Ordinal) || code.Contains($"new {Short(type)}<", StringComparison.Ordinal),
        PropertyInfo { Name: "Item" } => code.Contains("[\"", StringComparison.Ordinal),
        _ => code.Contains("." + member.Name, StringComparison.Ordinal) || code.Contains(member.Name + ":", StringComparison.Ordinal),
    };

    private static string Short(Type type) => type.Name.Split('`')[0];

    private static string DocName(Type type) => type.FullName!.Replace('+', '.');

    private static string DocPrefix(Type type, MemberInfo member) => member switch
    {
        ConstructorInfo => $"M:{DocName(type)}.#ctor",
        MethodInfo m => $"M:{DocName(type)}.{m.Name}",
        PropertyInfo p => $"P:{DocName(type)}.{p.Name}",
        FieldInfo f => $"F:{DocName(type)}.{f.Name}",
        _ => $"?:{DocName(type)}.{member.Name}",
    };
}
