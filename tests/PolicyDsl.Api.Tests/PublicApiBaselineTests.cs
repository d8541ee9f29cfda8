using System.Reflection;

namespace PolicyDsl.Api.Tests;

/// <summary>
/// The library's public surface, one line per type and member, against the checked-in baseline
/// (<c>public-api.txt</c>): a change to what hosts can call must be made on purpose, with the baseline
/// (regenerate with UPDATE_GOLDEN=1). It is the facade, <c>PolicyDsl.Hosting</c>, and only what its
/// members take and give; everything else is internal.
/// </summary>
public class PublicApiBaselineTests
{
    private static string Baseline => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "public-api.txt");

    [Fact]
    public void ThePublicSurfaceIsTheBaseline()
    {
        var actual = string.Join("\n", Surface(typeof(PolicyDsl.Hosting.Policy).Assembly)) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(Baseline, actual);
        var expected = File.ReadAllText(Baseline).ReplaceLineEndings("\n");
        var added = actual.Split('\n').Except(expected.Split('\n')).ToList();
        var removed = expected.Split('\n').Except(actual.Split('\n')).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            $"the public API changed; if on purpose, run with UPDATE_GOLDEN=1\nadded:\n  {string.Join("\n  ", added)}\nremoved:\n  {string.Join("\n  ", removed)}");
    }

    private static IEnumerable<string> Surface(Assembly assembly) =>
        assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(t =>
            new[] { $"{Kind(t)} {Name(t)}" }.Concat(
                t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m is not MethodInfo { IsSpecialName: true } && !(t.IsEnum && m.Name == "value__"))
                    .Select(m => $"  {Name(t)}.{Member(m)}")
                    .Distinct()
                    .OrderBy(s => s, StringComparer.Ordinal)));

    private static string Kind(Type t) => t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : "class";

    private static string Name(Type t) => t.IsByRef ? Name(t.GetElementType()!) + "&" : t.IsArray ? Name(t.GetElementType()!) + "[]" : t.IsGenericType
        ? $"{t.FullName?.Split('`')[0] ?? t.Name.Split('`')[0]}<{string.Join(",", t.GetGenericArguments().Select(a => a.IsGenericParameter ? a.Name : Name(a)))}>"
        : (t.FullName ?? t.Name).Replace('+', '.');

    private static string Member(MemberInfo m) => m switch
    {
        MethodInfo x => $"{x.Name}({string.Join(", ", x.GetParameters().Select(p => Name(p.ParameterType)))}) : {Name(x.ReturnType)}",
        ConstructorInfo c => $"ctor({string.Join(", ", c.GetParameters().Select(p => Name(p.ParameterType)))})",
        PropertyInfo p => $"{p.Name} : {Name(p.PropertyType)}{(p.CanWrite && p.SetMethod!.IsPublic ? " { set; }" : "")}",
        FieldInfo f => $"{f.Name} : {Name(f.FieldType)}{(f.IsInitOnly || f.IsLiteral ? "" : " (mutable)")}",
        EventInfo e => $"event {e.Name}",
        Type n => $"nested {n.Name}",
        _ => m.Name,
    };
}
