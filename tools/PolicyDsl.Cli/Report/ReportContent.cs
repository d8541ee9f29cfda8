using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Scenarios;

namespace PolicyDsl.Cli.Report;

/// <summary>
/// What a report is made of: the policies (the baseline first when there is one) with their grid results, the
/// year, and the claims file settled under each when one was given.
/// </summary>
/// <param name="Policies">each city's loaded policy, in the order of <paramref name="Cities"/></param>
/// <param name="HasBaseline">the first policy is the baseline the others are measured against</param>
internal sealed record ReportContent(IReadOnlyList<ComparisonInput.LoadedPolicy> Policies, IReadOnlyList<CityResults> Cities, int Year,
    ClaimsResults? Claims, bool HasBaseline);
