using PolicyDsl.Domain;

namespace PolicyDsl.Tests.Support;

/// <summary>Terse claims for tests.</summary>
internal static class Claims
{
    public static Person Employed(string id = "P1", int age = 40, Scheme scheme = Scheme.Employer, decimal baseAmount = 5000m, bool oldWorker = false) =>
        new(id, InsuredStatus.Employed, age, scheme, oldWorker, baseAmount);

    public static Person Retired(string id = "P1", int age = 65, Scheme scheme = Scheme.Employer, decimal baseAmount = 0m) =>
        new(id, InsuredStatus.Retired, age, scheme, false, baseAmount);

    public static Claim On(Person person, string date, HospitalLevel level, decimal amount, bool inpatient = false, bool designated = true,
        Place place = Place.Local, Channel channel = Channel.OnSite) =>
        new(person, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), level, amount, channel, place, designated, inpatient);
}
