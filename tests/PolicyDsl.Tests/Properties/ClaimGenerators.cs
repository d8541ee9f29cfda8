using FsCheck;
using FsCheck.Fluent;
using PolicyDsl.Domain;

namespace PolicyDsl.Tests.Properties;

/// <summary>FsCheck generators for the domain: persons and claim histories over a year and its boundaries.</summary>
internal static class ClaimGenerators
{
    private static Gen<T> OneOf<T>() where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    /// <summary>Amounts from 0.01元 up, mostly small, sometimes very large: whole fen only.</summary>
    public static readonly Gen<decimal> Amount = Gen.Frequency(
        (6, Gen.Choose(1, 50_000).Select(f => f / 100m)),
        (3, Gen.Choose(1, 1_000_000).Select(f => f / 100m)),
        (1, Gen.Choose(1, int.MaxValue).Select(f => f / 100m * 1000m)));

    /// <summary>True about one time in <paramref name="odds"/>.</summary>
    private static Gen<bool> Rarely(int odds) => Gen.Choose(1, odds).Select(n => n == 1);

    public static readonly Gen<Person> Person =
        from status in OneOf<InsuredStatus>()
        from age in Gen.Choose(18, 100)
        from scheme in OneOf<Scheme>()
        from oldWorker in Rarely(10)
        from baseAmount in Gen.Choose(0, 3_000_000).Select(f => f / 100m)
        select new Person("P", status, age, scheme, oldWorker, baseAmount);

    /// <summary>Dates from <paramref name="start"/> over <paramref name="days"/> days.</summary>
    public static Gen<DateOnly> Date(DateOnly start, int days) => Gen.Choose(0, days - 1).Select(start.AddDays);

    public static Gen<Claim> Claim(Person person, DateOnly start, int days) =>
        from date in Date(start, days)
        from level in OneOf<HospitalLevel>()
        from amount in Amount
        from channel in OneOf<Channel>()
        from place in OneOf<Place>()
        from nonDesignated in Rarely(20)
        from inpatient in Rarely(20)
        select new Claim(person, date, level, amount, channel, place, !nonDesignated, inpatient);

    /// <summary>One person's claims, from none to many, within a window of days.</summary>
    public static Gen<Claim[]> History(DateOnly start, int days) =>
        from person in Person
        from claims in Claim(person, start, days).ArrayOf()
        select claims;
}
