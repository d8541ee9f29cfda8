using PolicyDsl.Domain;

namespace PolicyDsl.Cli.Scenarios;

/// <summary>A typical insured person of the grid, with the Chinese and English labels the report shows.</summary>
internal sealed record TypicalPerson(string Key, string Chinese, string English, InsuredStatus Status, int Age);

/// <summary>One point of the grid: a typical person spending a year's outpatient amount at one hospital level.</summary>
internal sealed record ScenarioPoint(TypicalPerson Person, HospitalLevel Level, decimal Spend)
{
    /// <summary>The claims' person id: each point is its own person, so no point's deductible or cap touches another's.</summary>
    public string PersonId => $"{Person.Key}-{DomainVocabulary.CsvName(Level)}-{Spend:0}";
}

/// <summary>
/// The built-in scenario grid (issue 13): three typical persons of scheme Employer (employed 45, retired
/// 68, retired 75: either side of the age 70 at which several notices raise retirees' figures), a year's
/// outpatient spend from 0 to 20,000元 in steps of 500元, at each of the four hospital levels every notice
/// prices. A point becomes four equal claims, on the 15th of January, April, July and October of one year,
/// because a year of spend is several visits: a deductible charged per visit is charged four times, one met
/// once a year once, as the notice means it. A spend of 0 is no claims (the fund pays nothing).
/// </summary>
internal static class ScenarioGrid
{
    public static readonly IReadOnlyList<TypicalPerson> Persons =
    [
        new("employed45", "在职职工 45岁", "employed, 45", InsuredStatus.Employed, 45),
        new("retired68", "退休人员 68岁", "retired, 68", InsuredStatus.Retired, 68),
        new("retired75", "退休人员 75岁", "retired, 75", InsuredStatus.Retired, 75),
    ];

    public static readonly IReadOnlyList<HospitalLevel> Levels = [HospitalLevel.Primary, HospitalLevel.Level1, HospitalLevel.Level2, HospitalLevel.Level3];

    public const decimal Step = 500m;

    public const decimal Top = 20000m;

    /// <summary>The spend points the report's tables show beside each chart.</summary>
    public static readonly IReadOnlyList<decimal> TablePoints = [1000m, 2000m, 5000m, 10000m, 20000m];

    private static readonly int[] Months = [1, 4, 7, 10];

    public static IReadOnlyList<decimal> Spends { get; } =
        Enumerable.Range(0, (int)(Top / Step) + 1).Select(i => i * Step).ToList();

    /// <summary>Every point: person, then level, then spend.</summary>
    public static IReadOnlyList<ScenarioPoint> Points { get; } =
        (from person in Persons from level in Levels from spend in Spends select new ScenarioPoint(person, level, spend)).ToList();

    /// <summary>
    /// The point's claims in <paramref name="year"/>: the spend in four parts to the fen, the last taking
    /// what rounding leaves, so the claims add up to the spend exactly.
    /// </summary>
    public static IReadOnlyList<Claim> Claims(ScenarioPoint point, int year)
    {
        if (point.Spend == 0m) return [];
        var person = new Person(point.PersonId, point.Person.Status, point.Person.Age, Scheme.Employer);
        var part = Math.Floor(point.Spend / Months.Length * 100m) / 100m;
        return Months.Select((month, i) => new Claim(person, new DateOnly(year, month, 15), point.Level,
            i == Months.Length - 1 ? point.Spend - part * (Months.Length - 1) : part)).ToList();
    }

    public static string LevelChinese(HospitalLevel level) => level switch
    {
        HospitalLevel.Primary => "基层医疗机构",
        HospitalLevel.Level1 => "一级医疗机构",
        HospitalLevel.Level2 => "二级医疗机构",
        HospitalLevel.Level3 => "三级医疗机构",
        _ => DomainVocabulary.ChineseName(level),
    };

    public static string LevelEnglish(HospitalLevel level) => level switch
    {
        HospitalLevel.Primary => "primary care",
        HospitalLevel.Level1 => "level 1 hospital",
        HospitalLevel.Level2 => "level 2 hospital",
        HospitalLevel.Level3 => "level 3 hospital",
        _ => DomainVocabulary.CsvName(level),
    };
}
