using PolicyDsl.Domain;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Types;

/// <summary>The type of a value in a rule file. Types are compared structurally.</summary>
internal abstract record PolicyType(string Name)
{
    /// <summary>The CLR type a value of this type is held in at run time.</summary>
    public abstract Type ClrType { get; }

    public sealed override string ToString() => Name;
}

/// <summary>The scalar types: Money (元), Ratio (60%), Points (10pp), Int, Bool, Date, Text.</summary>
internal sealed record PrimitiveType(PrimitiveKind Kind) : PolicyType(Kind.ToString())
{
    public override Type ClrType => Kind switch
    {
        PrimitiveKind.Money or PrimitiveKind.Ratio or PrimitiveKind.Points => typeof(decimal),
        PrimitiveKind.Int => typeof(int),
        PrimitiveKind.Bool => typeof(bool),
        PrimitiveKind.Date => typeof(DateOnly),
        _ => typeof(string),
    };
}

/// <summary>Which scalar a <see cref="PrimitiveType"/> is.</summary>
internal enum PrimitiveKind
{
    Money,
    Ratio,
    Points,
    Int,
    Bool,
    Date,
    Text,
}

/// <summary>An enumeration of the domain: Level, Status, Scheme, Channel, Place.</summary>
internal sealed record EnumType(string EnumName, Type Enum) : PolicyType(EnumName)
{
    public override Type ClrType => Enum;
}

/// <summary>A record such as <c>{ employed: Money; retired: Money }</c>; it exists only while checking.</summary>
internal sealed record RecordType(EquatableArray<RecordTypeField> Fields)
    : PolicyType("{ " + string.Join("; ", Fields.Select(f => $"{f.Name}: {f.Type}")) + " }")
{
    public override Type ClrType => typeof(object);

    public PolicyType? FieldType(string name) => Fields.FirstOrDefault(f => f.Name == name)?.Type;
}

/// <summary>One field of a <see cref="RecordType"/>.</summary>
internal sealed record RecordTypeField(string Name, PolicyType Type);

/// <summary>The type of an expression that already has an error reported: it fits anything, silently.</summary>
internal sealed record ErrorType() : PolicyType("?")
{
    public override Type ClrType => typeof(object);
}

/// <summary>The type of <c>unstated</c>: fits wherever a value of any type is expected.</summary>
internal sealed record UnstatedType() : PolicyType("unstated")
{
    public override Type ClrType => typeof(object);
}

/// <summary>The types, by name.</summary>
internal static class PolicyTypes
{
    public static readonly PrimitiveType Money = new(PrimitiveKind.Money);
    public static readonly PrimitiveType Ratio = new(PrimitiveKind.Ratio);
    public static readonly PrimitiveType Points = new(PrimitiveKind.Points);
    public static readonly PrimitiveType Int = new(PrimitiveKind.Int);
    public static readonly PrimitiveType Bool = new(PrimitiveKind.Bool);
    public static readonly PrimitiveType Date = new(PrimitiveKind.Date);
    public static readonly PrimitiveType Text = new(PrimitiveKind.Text);
    public static readonly EnumType Level = new("Level", typeof(HospitalLevel));
    public static readonly EnumType Status = new("Status", typeof(InsuredStatus));
    public static readonly EnumType Scheme = new("Scheme", typeof(Domain.Scheme));
    public static readonly EnumType Channel = new("Channel", typeof(Domain.Channel));
    public static readonly EnumType Place = new("Place", typeof(Domain.Place));
    public static readonly ErrorType Error = new();
    public static readonly UnstatedType Unstated = new();

    private static readonly Dictionary<string, PolicyType> ByName = new[]
    {
        (PolicyType)Money, Ratio, Points, Int, Bool, Date, Text, Level, Status, Scheme, Channel, Place,
    }.ToDictionary(t => t.Name);

    public static PolicyType? Lookup(string name) => ByName.GetValueOrDefault(name);

    public static EnumType ForEnum(Type clrEnum) => (EnumType)ByName.Values.First(t => t is EnumType e && e.Enum == clrEnum);

    /// <summary>Types that accept ordering comparisons and min/max.</summary>
    public static bool IsOrdered(PolicyType type) => type is PrimitiveType { Kind: not PrimitiveKind.Bool and not PrimitiveKind.Text };

    /// <summary>An error or unstated value fits any type without a second complaint.</summary>
    public static bool IsWildcard(PolicyType type) => type is ErrorType or UnstatedType;
}
