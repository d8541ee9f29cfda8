using PolicyDsl.Compilation;
using PolicyDsl.Semantics;

namespace PolicyDsl.Cli.Scenarios;

/// <summary>
/// The one calendar year the grid is settled in, the same for every city: by default the first whole
/// year every given policy is in force. One common year, not each city's first, because a director
/// compares the cities as they stand at the same time, and a notice's figures change by date (济南's ratios
/// and cap changed on 2024-01-01); a whole year, because deductibles and caps are yearly.
/// </summary>
internal static class ScenarioYear
{
    /// <summary>A policy's period in force, its ends resolved (an end given by a param takes the param's value), and whether an end is assumed.</summary>
    public sealed record Period(DateOnly From, DateOnly? Until, bool Assumed);

    /// <summary>The period, or why it cannot be known (a param end with no value).</summary>
    public static (Period? Period, string? Error) Of(CheckedPolicy policy, ParameterValues parameters)
    {
        var (from, fromAssumed, fromError) = Resolve(policy.Info.InForceFrom, parameters);
        if (fromError is not null) return (null, fromError);
        if (policy.Info.InForceUntil is not { } u) return (new Period(from!.Value, null, fromAssumed), null);
        var (until, untilAssumed, untilError) = Resolve(u, parameters);
        return untilError is not null ? (null, untilError) : (new Period(from!.Value, until, fromAssumed || untilAssumed), null);
    }

    /// <summary>The year <paramref name="asked"/> (checked) or the first whole year all are in force; else why none.</summary>
    public static (int? Year, string? Error) Choose(IReadOnlyList<(string Name, Period Period)> periods, int? asked)
    {
        if (asked is { } year)
        {
            var outside = periods.FirstOrDefault(p => !Covers(p.Period, year));
            return outside.Name is null ? (year, null)
                : (null, $"{outside.Name} is not in force for the whole of {year} ({Describe(outside.Period)}); choose another --year");
        }
        var first = periods.Max(p => p.Period.From.DayOfYear == 1 ? p.Period.From.Year : p.Period.From.Year + 1);
        var none = periods.FirstOrDefault(p => !Covers(p.Period, first));
        return none.Name is null ? (first, null)
            : (null, $"no calendar year is wholly in force under every policy: {string.Join(", ", periods.Select(p => $"{p.Name} {Describe(p.Period)}"))}");
    }

    private static bool Covers(Period period, int year) =>
        period.From <= new DateOnly(year, 1, 1) && (period.Until is not { } until || until >= new DateOnly(year, 12, 31));

    public static string Describe(Period period) =>
        $"{Output.Formatting.Date(period.From)} – {(period.Until is { } u ? Output.Formatting.Date(u) : "no end date")}";

    private static (DateOnly? Date, bool Assumed, string? Error) Resolve(DateBound bound, ParameterValues parameters)
    {
        if (bound.Date is { } date) return (date, false, null);
        var parameter = bound.Parameter!;
        return parameters.ValueOf(parameter) is DateOnly value
            ? (value, parameters.AssumptionOf(parameter.Index) is not null, null)
            : (null, false, $"its period in force starts or ends at param '{parameter.Name}', which has no value: give it with --params FILE or --set {parameter.Name}=DATE");
    }
}
