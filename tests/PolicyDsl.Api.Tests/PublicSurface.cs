using System.Reflection;
using System.Runtime.CompilerServices;

namespace PolicyDsl.Api.Tests;

/// <summary>The library's public types and the members a person wrote for them (not those a record or enum gets from the compiler).</summary>
internal static class PublicSurface
{
    public static Assembly Library => typeof(Hosting.Policy).Assembly;

    public static IEnumerable<Type> Types => Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static readonly HashSet<string> Generated = ["Equals", "GetHashCode", "ToString", "Deconstruct", "PrintMembers", "<Clone>$", "EqualityContract", "value__"];

    /// <summary>Declared public members, less the compiler's (a record's equality, Deconstruct and ToString; accessors; an enum's value field).</summary>
    public static IEnumerable<MemberInfo> WrittenMembers(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is not MethodInfo { IsSpecialName: true } && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(m => !(Generated.Contains(m.Name) && (IsRecord(type) || type.IsEnum)) && !(m is ConstructorInfo && type.IsValueType && ((ConstructorInfo)m).GetParameters().Length == 0));

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
}
