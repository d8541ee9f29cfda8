using System.Collections.Frozen;

namespace PolicyDsl.Domain;

/// <summary>
/// The names an analyst may use for each enumeration member: the English name as written in rule
/// files, the snake_case name used in CSV files, and the Chinese terms of the notices (the first is the
/// one written out; others after it are what analysts' spreadsheets also say, such as 退休人员).
/// </summary>
internal static class DomainVocabulary
{
    public static readonly IReadOnlyList<Type> EnumTypes =
        [typeof(HospitalLevel), typeof(InsuredStatus), typeof(Scheme), typeof(Channel), typeof(Place)];

    private static readonly (Enum Member, string[] Names)[] Table =
    [
        (HospitalLevel.Primary, ["Primary", "primary", "基层"]),
        (HospitalLevel.Level1, ["Level1", "level1", "一级"]),
        (HospitalLevel.Level2, ["Level2", "level2", "二级"]),
        (HospitalLevel.Level3, ["Level3", "level3", "三级"]),
        (HospitalLevel.Specialist, ["Specialist", "specialist", "专科"]),
        (InsuredStatus.Employed, ["Employed", "employed", "在职", "在职人员", "在职职工"]),
        (InsuredStatus.Retired, ["Retired", "retired", "退休", "退休人员", "退休职工"]),
        (Scheme.Employer, ["Employer", "employer", "单位"]),
        (Scheme.Individual1, ["Individual1", "individual1", "个人一档"]),
        (Scheme.Individual2, ["Individual2", "individual2", "个人二档"]),
        (Scheme.Flexible, ["Flexible", "flexible", "灵活就业"]),
        (Scheme.SinglePool, ["SinglePool", "single_pool", "单建统筹"]),
        (Scheme.LumpSum, ["LumpSum", "lump_sum", "趸缴"]),
        (Channel.OnSite, ["OnSite", "onsite", "现场"]),
        (Channel.Internet, ["Internet", "internet", "互联网"]),
        (Channel.Pharmacy, ["Pharmacy", "pharmacy", "药店"]),
        (Place.Local, ["Local", "local", "本地"]),
        (Place.Province, ["Province", "province", "省内"]),
        (Place.OutOfProvince, ["OutOfProvince", "out_of_province", "省外"]),
        (Place.ResidentElsewhere, ["ResidentElsewhere", "resident_elsewhere", "异地长期居住"]),
    ];

    private static readonly FrozenDictionary<string, Enum> ByName =
        Table.SelectMany(e => e.Names.Select(n => (n, e.Member))).ToFrozenDictionary(p => p.n, p => p.Member);

    /// <summary>
    /// Enumerations a policy declares (<c>enum Tier = Basic "基本档" | Plus "加强档"</c>), by their run-time
    /// type: each declaration is its own type, so two policies' members never meet. Weak, so a type a
    /// long-running host stops using can be collected.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Type, (Enum Member, string[] Names)[]> Declared = new();

    /// <summary>Records the spellings of a declared enumeration's members: rule-file name, CSV name, Chinese label.</summary>
    public static void Register(Type enumType, IEnumerable<(Enum Member, string[] Names)> members) => Declared.AddOrUpdate(enumType, members.ToArray());

    private static IEnumerable<(Enum Member, string[] Names)> EntriesOf(Type enumType) =>
        Declared.TryGetValue(enumType, out var declared) ? declared : Table.Where(e => e.Member.GetType() == enumType);

    /// <summary>The member named <paramref name="name"/> in any of its spellings, or null (built-in enumerations only).</summary>
    public static Enum? Lookup(string name) => ByName.GetValueOrDefault(name);

    /// <summary>A member of <paramref name="enumType"/>, built in or declared, in any of its spellings.</summary>
    public static bool TryParse(Type enumType, string text, out Enum? member)
    {
        var trimmed = text.Trim();
        member = EntriesOf(enumType).Where(e => e.Names.Contains(trimmed)).Select(e => e.Member).FirstOrDefault();
        return member is not null;
    }

    /// <summary>Parses a CSV cell as a member of <typeparamref name="T"/>, in English or Chinese.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        if (ByName.TryGetValue(text.Trim(), out var member) && member is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The CSV spelling (snake_case English) of a member.</summary>
    public static string CsvName(Enum member) => EntriesOf(member.GetType()).First(e => e.Member.Equals(member)).Names[1];

    /// <summary>The Chinese term of a member.</summary>
    public static string ChineseName(Enum member) => EntriesOf(member.GetType()).First(e => e.Member.Equals(member)).Names[2];

    /// <summary>Every spelling of a member that <see cref="TryParse(Type, string, out Enum?)"/> accepts.</summary>
    public static IReadOnlyList<string> Spellings(Enum member) => EntriesOf(member.GetType()).First(e => e.Member.Equals(member)).Names;

    /// <summary>The Chinese spellings of a member: its term and the other names analysts use for it.</summary>
    public static IEnumerable<string> ChineseNames(Enum member) => EntriesOf(member.GetType()).First(e => e.Member.Equals(member)).Names.Skip(2);

    /// <summary>Every CSV spelling of <typeparamref name="T"/>, for error messages.</summary>
    public static IEnumerable<string> CsvNames<T>() where T : struct, Enum =>
        Table.Where(e => e.Member is T).Select(e => e.Names[1]);

    /// <summary>Every rule-file spelling of members of <paramref name="enumType"/>.</summary>
    public static IEnumerable<Enum> Members(Type enumType) => EntriesOf(enumType).Select(e => e.Member);
}
