using System.Text.RegularExpressions;
using PolicyDsl.Domain;

namespace PolicyDsl.Cli.Report;

/// <summary>
/// A figure's condition as the rule file writes it (<c>claim.level = Level2</c>), read in Chinese for the
/// report (医院等级 = 二级): the prelude's inputs and the built-in enumerations' members by their Chinese
/// terms, anything else (a policy's own inputs and enumerations) as written.
/// </summary>
internal static partial class ConditionText
{
    private static readonly Dictionary<string, string> Inputs = new(StringComparer.Ordinal)
    {
        ["claim.level"] = "医院等级", ["person.status"] = "人员类别", ["person.scheme"] = "参保方式", ["person.age"] = "年龄",
        ["claim.place"] = "就医地", ["claim.channel"] = "就医渠道", ["claim.inpatient"] = "住院期间", ["claim.designated"] = "定点机构",
        ["person.base"] = "划入基数", ["person.oldWorker"] = "老工人", ["level"] = "医院等级", ["not"] = "非",
    };

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?")]
    private static partial Regex Word();

    public static string Chinese(string condition) => Word().Replace(condition, m =>
        Inputs.TryGetValue(m.Value, out var input) ? input
        : DomainVocabulary.Lookup(m.Value) is { } member ? DomainVocabulary.ChineseName(member)
        : m.Value);
}
