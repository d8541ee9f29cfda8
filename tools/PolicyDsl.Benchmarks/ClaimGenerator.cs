using PolicyDsl.Domain;

namespace PolicyDsl.Benchmarks;

/// <summary>Deterministic synthetic claims for 2023, the same on every run and in every process.</summary>
internal static class ClaimGenerator
{
    public static Claim[] Generate(int persons, int claimsPerPerson, int seed = 42)
    {
        var random = new Random(seed);
        var firstDay = new DateOnly(2023, 1, 1);
        var claims = new List<Claim>(persons * claimsPerPerson);
        for (var p = 0; p < persons; p++)
        {
            var retired = random.NextDouble() < 0.3;
            var person = new Person($"P{p:D6}", retired ? InsuredStatus.Retired : InsuredStatus.Employed,
                retired ? random.Next(60, 91) : random.Next(22, 60), Scheme.Employer, Base: random.Next(3_000, 15_001));
            for (var c = 0; c < claimsPerPerson; c++)
            {
                claims.Add(new Claim(
                    person,
                    firstDay.AddDays(random.Next(365)),
                    (HospitalLevel)random.Next(4), // Xiangtan prices grades only: no specialist-level claims
                    Amount(random),
                    (Channel)random.Next(3),
                    Place.Local,
                    Designated: random.NextDouble() >= 0.03,
                    Inpatient: random.NextDouble() < 0.03));
            }
        }
        // A real claims extract is in date order across everyone, so the settlement has to regroup by person.
        return [.. claims.OrderBy(c => c.Date)];
    }

    /// <summary>
    /// 0.01..3000.00 in bands skewed towards cheap visits (60% up to 100元, 30% to 500元, 8% to 1500元,
    /// 2% to 3000元), so about half the persons reach the yearly cap and the under-cap, crossing-the-cap
    /// and exhausted cases all occur often; uniform amounts would exhaust nearly everyone's cap by the
    /// third claim. Integer draws only, so the claims are the same on every platform.
    /// </summary>
    private static decimal Amount(Random random)
    {
        var band = random.Next(100);
        var fen = band switch
        {
            < 60 => random.Next(1, 10_001),
            < 90 => random.Next(10_001, 50_001),
            < 98 => random.Next(50_001, 150_001),
            _ => random.Next(150_001, 300_001),
        };
        return new decimal(fen, 0, 0, false, 2);
    }
}
