using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Types;

namespace PolicyDsl.Verification;

/// <summary>
/// FsCheck generators for claim histories within a policy's domain: every enum value, dates across the
/// whole period in force with both sides of every boundary, amounts from 0.01元 to very large, empty
/// years, and up to hundreds of claims.
/// </summary>
internal static class HistoryGenerators
{
    private static Gen<T> OneOf<T>() where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    private static Gen<bool> Rarely(int odds) => Gen.Choose(1, odds).Select(n => n == 1);

    /// <summary>In yuan with whole fen: mostly everyday sums, sometimes large, occasionally huge.</summary>
    public static readonly Gen<decimal> Amount = Gen.Frequency(
        (5, Gen.Choose(1, 50_000).Select(f => f / 100m)),
        (3, Gen.Choose(1, 1_000_000).Select(f => f / 100m)),
        (1, Gen.Choose(1, 100).Select(f => f / 100m)),
        (1, Gen.Choose(1, int.MaxValue).Select(f => f / 100m * 100m)));

    /// <summary>Ages cluster where policies draw lines (69/70) but span the whole range.</summary>
    private static readonly Gen<int> Age = Gen.Frequency((3, Gen.Choose(18, 100)), (1, Gen.Elements(59, 60, 69, 70, 71)));

    public static readonly Gen<Person> Person = PersonWith([]);

    /// <summary>A person with values for the person inputs in <paramref name="declared"/>.</summary>
    public static Gen<Person> PersonWith(IReadOnlyList<InputSymbol> declared) =>
        from status in OneOf<InsuredStatus>()
        from age in Age
        from scheme in OneOf<Scheme>()
        from oldWorker in Rarely(8)
        from baseAmount in Gen.Choose(0, 5_000_000).Select(f => f / 100m)
        from inputs in Declared(declared, InputGroup.Person, null)
        select new Person("P1", status, age, scheme, oldWorker, baseAmount, inputs);

    /// <summary>
    /// Values for the declared inputs of one group, each from its type; one with a default is sometimes
    /// left out, so the default is exercised too.
    /// </summary>
    private static Gen<InputValues> Declared(IReadOnlyList<InputSymbol> declared, InputGroup group, PolicyDomain? domain)
    {
        var gens = declared.Where(i => i.Group == group)
            .Select(i => ValueOf(i, domain).Select(v => (i.Name, Value: v))).ToList();
        if (gens.Count == 0) return Gen.Constant(InputValues.Empty);
        var all = Gen.Constant(ImmutableList<(string Name, object? Value)>.Empty);
        foreach (var gen in gens) all = from values in all from value in gen select values.Add(value);
        return all.Select(values => new InputValues(values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, object>(v.Name, v.Value!))));
    }

    private static Gen<object?> ValueOf(InputSymbol input, PolicyDomain? domain)
    {
        Gen<object> value = input.Type switch
        {
            EnumType e => Gen.Elements(DomainVocabulary.Members(e.Enum).Cast<object>().ToArray()),
            PrimitiveType { Kind: PrimitiveKind.Bool } => Gen.Elements<object>(true, false),
            PrimitiveType { Kind: PrimitiveKind.Int } => Gen.Choose(0, 120).Select(i => (object)i),
            PrimitiveType { Kind: PrimitiveKind.Money } => Amount.Select(a => (object)a),
            PrimitiveType { Kind: PrimitiveKind.Date } when domain is not null => Date(domain).Select(d => (object)d),
            PrimitiveType { Kind: PrimitiveKind.Date } => Gen.Choose(0, 3650).Select(d => (object)new DateOnly(2020, 1, 1).AddDays(d)),
            PrimitiveType { Kind: PrimitiveKind.Ratio } => Gen.Choose(0, 100).Select(p => (object)(p / 100m)),
            PrimitiveType { Kind: PrimitiveKind.Points } => Gen.Choose(-20, 20).Select(p => (object)(p / 100m)),
            _ => Gen.Elements<object>("A", "B"),
        };
        var given = value.Select(v => (object?)v);
        return input.Required ? given : Gen.Frequency((4, given), (1, Gen.Constant<object?>(null)));
    }

    public static Gen<DateOnly> Date(PolicyDomain domain)
    {
        var days = domain.End.DayNumber - domain.Start.DayNumber;
        var anyDay = Gen.Choose(0, days).Select(d => domain.Start.AddDays(d));
        return domain.Boundaries.Count == 0 ? anyDay : Gen.Frequency((3, anyDay), (1, Gen.Elements(domain.Boundaries.ToArray())));
    }

    public static Gen<Claim> Claim(Person person, PolicyDomain domain) =>
        from claim in BuiltinClaim(person, domain)
        from inputs in Declared(domain.Declared, InputGroup.Claim, domain)
        select claim with { Inputs = inputs };

    private static Gen<Claim> BuiltinClaim(Person person, PolicyDomain domain) =>
        from date in Date(domain)
        from level in OneOf<HospitalLevel>()
        from amount in Amount
        from channel in OneOf<Channel>()
        from place in OneOf<Place>()
        from nonDesignated in Rarely(15)
        from inpatient in Rarely(15)
        select new Claim(person, date, level, amount, channel, place, !nonDesignated, inpatient);

    /// <summary>Mostly a few claims, sometimes none, sometimes hundreds.</summary>
    private static readonly Gen<int> Count = Gen.Frequency((2, Gen.Choose(0, 3)), (6, Gen.Choose(1, 25)), (1, Gen.Choose(50, 300)));

    public static Gen<ClaimHistory> History(PolicyDomain domain) =>
        from person in PersonWith(domain.Declared)
        from count in Count
        from claims in Claim(person, domain).ArrayOf(count)
        from pick in Gen.Choose(0, 1_000_000)
        from raise in Gen.Choose(1, 100_000).Select(f => f / 100m)
        from extra in Claim(person, domain)
        from share in Gen.Choose(1, 99).Select(p => p / 100m)
        select new ClaimHistory(person, claims, pick, raise, extra, share);
}
