using PolicyDsl.Cli.Commands;
using PolicyDsl.Compilation;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;

namespace PolicyDsl.Cli.Scenarios;

/// <summary>A grid point's year under one policy: the fund's total, or why the policy could not settle it.</summary>
/// <param name="Citations">every article cited by the point's settlements, in the order the policy cites them</param>
/// <param name="Settled">the point's settled claims, in date order: the figures its trace shows</param>
internal sealed record PointResult(decimal? Fund, IReadOnlyList<string> Citations, IReadOnlyList<Assumption> Assumptions, string? Failure, IReadOnlyList<Settlement> Settled)
{
    public bool Assumed => Assumptions.Count > 0;
}

/// <summary>One policy's results over the whole grid, with what its header says.</summary>
internal sealed record CityResults(string Name, CheckedPolicy Policy, ScenarioYear.Period Period, IReadOnlyDictionary<ScenarioPoint, PointResult> Points)
{
    /// <summary>Every assumed value any point rests on, once each.</summary>
    public IReadOnlyList<Assumption> Assumptions => Points.Values.SelectMany(p => p.Assumptions).DistinctBy(a => a.Parameter).OrderBy(a => a.Parameter, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Settles every grid point in <paramref name="year"/> with the settlement engine (traced, for the
    /// citations and assumptions), each point its own person, so a point the policy cannot settle (an
    /// unstated figure) is marked alone.
    /// </summary>
    public static CityResults Settle(string name, CheckedPolicy policy, ParameterValues parameters, ScenarioYear.Period period, int year)
    {
        var claims = new List<Domain.Claim>();
        var ranges = new List<(ScenarioPoint Point, int Start, int Count)>();
        foreach (var point in ScenarioGrid.Points)
        {
            var own = ScenarioGrid.Claims(point, year);
            ranges.Add((point, claims.Count, own.Count));
            claims.AddRange(own);
        }
        var column = PolicyColumn.Settle(name, policy, parameters, claims);
        var points = new Dictionary<ScenarioPoint, PointResult>();
        foreach (var (point, start, count) in ranges)
        {
            var indices = Enumerable.Range(start, count).ToList();
            var failure = indices.Where(column.Failures.ContainsKey).Select(i => column.Failures[i]).FirstOrDefault();
            var settled = indices.Where(column.Results.ContainsKey).Select(i => column.Results[i]).ToList();
            points[point] = new PointResult(
                failure is null ? settled.Sum(s => s.Fund) : null,
                settled.SelectMany(s => s.Grounds?.Citations ?? []).Distinct().ToList(),
                settled.SelectMany(s => s.Grounds?.Assumptions ?? []).DistinctBy(a => a.Parameter).ToList(),
                failure,
                settled);
        }
        return new CityResults(name, policy, period, points);
    }
}
