using System.Globalization;

namespace PolicyDsl.Cli.Generation;

/// <summary>
/// A seeded population of claims for a year, written as a claims CSV that <c>eval</c>, <c>compare</c> and
/// <c>simulate</c> read: the same file for the same seed on every machine (integer draws from
/// <see cref="Random(int)"/>, whose seeded sequence .NET keeps stable). The mix is meant to look like an
/// outpatient extract, not to be one: 30% retired; mostly employer-enrolled (3% flexible, which
/// Chongqing's notice does not price, so its unsettled claims show); every grade of hospital; a few pharmacy and internet claims, out-of-area, non-designated and
/// inpatient ones; amounts with fen, skewed towards cheap visits so that caps are reached by some
/// persons and not by most.
/// </summary>
internal sealed class ClaimsGenerator(int persons, int claimsPerPerson, int year, int seed)
{
    public const string Header = "person,status,age,scheme,date,level,amount,channel,place,designated,inpatient,old_worker,base";

    /// <summary>One claim, compact: a day of the year and the figures a row needs (the person's own are looked up).</summary>
    private readonly record struct Draw(int Person, short Day, byte Level, byte Channel, byte Place, bool Designated, bool Inpatient, int Fen);

    private sealed record Insured(string Id, bool Retired, int Age, string Scheme, bool OldWorker, int Base);

    /// <summary>
    /// Writes the header and every claim. In date order (<paramref name="byDate"/>), as real extracts
    /// come, persons interleaved; otherwise person by person, each person's claims by date.
    /// </summary>
    public void Write(TextWriter target, bool byDate)
    {
        // Rows are made in a buffer and handed on in chunks: standard output (a console writer that
        // flushes on every write) would otherwise be written a cell at a time.
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = target.NewLine };
        var random = new Random(seed);
        var people = new Insured[persons];
        for (var p = 0; p < persons; p++) people[p] = Person(random, p);
        var days = DateOnly.FromDateTime(new DateTime(year, 12, 31)).DayNumber - new DateOnly(year, 1, 1).DayNumber + 1;
        var draws = new Draw[checked(persons * claimsPerPerson)];
        for (var p = 0; p < persons; p++)
        {
            var own = draws.AsSpan(p * claimsPerPerson, claimsPerPerson);
            for (var c = 0; c < own.Length; c++) own[c] = Claim(random, p, days);
            own.Sort((a, b) => a.Day.CompareTo(b.Day));
        }
        if (byDate) draws = ByDay(draws, days);
        writer.WriteLine(Header);
        var first = new DateOnly(year, 1, 1);
        var dates = Enumerable.Range(0, days).Select(d => first.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        for (var row = 0; row < draws.Length; row++)
        {
            if (row % 4096 == 0) Flush(writer, target);
            var d = draws[row];
            var person = people[d.Person];
            writer.Write(person.Id);
            writer.Write(person.Retired ? ",retired," : ",employed,");
            writer.Write(person.Age);
            writer.Write(',');
            writer.Write(person.Scheme);
            writer.Write(',');
            writer.Write(dates[d.Day]);
            writer.Write(',');
            writer.Write(Levels[d.Level]);
            writer.Write(',');
            writer.Write(d.Fen / 100);
            writer.Write('.');
            writer.Write((d.Fen % 100).ToString("00", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(Channels[d.Channel]);
            writer.Write(',');
            writer.Write(Places[d.Place]);
            writer.Write(d.Designated ? ",true," : ",false,");
            writer.Write(d.Inpatient ? "true," : "false,");
            writer.Write(person.OldWorker ? "true," : "false,");
            writer.Write(person.Base);
            writer.WriteLine();
        }
        Flush(writer, target);
    }

    private static void Flush(StringWriter buffer, TextWriter target)
    {
        var text = buffer.GetStringBuilder();
        foreach (var chunk in text.GetChunks()) target.Write(chunk.Span);
        text.Clear();
    }

    /// <summary>A counting pass by day: stable, so each person's claims keep their order within a day.</summary>
    private static Draw[] ByDay(Draw[] draws, int days)
    {
        var starts = new int[days + 1];
        foreach (var d in draws) starts[d.Day + 1]++;
        for (var i = 1; i <= days; i++) starts[i] += starts[i - 1];
        var sorted = new Draw[draws.Length];
        foreach (var d in draws) sorted[starts[d.Day]++] = d;
        return sorted;
    }

    private static readonly string[] Levels = ["primary", "level1", "level2", "level3"];
    private static readonly string[] Channels = ["onsite", "pharmacy", "internet"];
    private static readonly string[] Places = ["local", "province", "out_of_province", "resident_elsewhere"];

    private static Insured Person(Random random, int index)
    {
        var retired = random.Next(100) < 30;
        var age = retired ? random.Next(55, 96) : random.Next(18, 60);
        var scheme = random.Next(1000) switch
        {
            < 850 => "employer",
            < 910 => "individual1",
            < 960 => "individual2",
            < 990 => "flexible",
            < 995 => "single_pool",
            _ => "lump_sum",
        };
        // 建国前老工人 are over 90 by now: a handful of the oldest retired.
        var oldWorker = retired && age >= 90 && random.Next(10) == 0;
        return new Insured($"P{index + 1:D7}", retired, age, scheme, oldWorker, random.Next(30, 251) * 100);
    }

    private static Draw Claim(Random random, int person, int days)
    {
        // No specialist claims: the notices price by grade and ask for a specialist hospital's grade instead.
        var level = random.Next(100) switch { < 40 => 0, < 55 => 1, < 78 => 2, _ => 3 };
        var channel = random.Next(100) switch { < 88 => 0, < 97 => 1, _ => 2 };
        var place = random.Next(100) switch { < 93 => 0, < 97 => 1, < 99 => 2, _ => 3 };
        var band = random.Next(100);
        var fen = band switch
        {
            < 60 => random.Next(1, 10_001),
            < 90 => random.Next(10_001, 50_001),
            < 98 => random.Next(50_001, 150_001),
            _ => random.Next(150_001, 500_001),
        };
        return new Draw(person, (short)random.Next(days), (byte)level, (byte)channel, (byte)place,
            Designated: random.Next(100) >= 3, Inpatient: random.Next(100) < 2, fen);
    }
}
