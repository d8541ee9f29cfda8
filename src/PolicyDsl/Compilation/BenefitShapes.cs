using System.Globalization;
using System.Numerics;

namespace PolicyDsl.Compilation;

/// <summary>
/// What <c>bands</c> and <c>capped by</c> mean, once: every back end calls these (the emitted C# writes
/// the same arithmetic), so they cannot drift apart. Arithmetic is exact <c>decimal</c>; rounding is the
/// engine's, once per claim.
/// </summary>
internal static class BenefitShapes
{
    /// <summary>
    /// <c>bands</c>, first half: lays <paramref name="amount"/> on top of <paramref name="after"/> and cuts it
    /// at the edges. Part i lies in band i, (edge[i−1], edge[i]]; the last part is everything above the
    /// last edge. A claim that crosses an edge is split there. Nothing is paid yet: a back end pays each
    /// part with <see cref="Pay"/>, and works out a band's ratio only when its part is above zero, so a
    /// band a claim never reaches (an <c>unstated</c> one, say) never stops it.
    /// </summary>
    /// <remarks>
    /// One statement for <c>decimal</c> and for integer fen (units at one scale, checked arithmetic). The integer
    /// path never shows its errors, whose figures are units: a person it stops on is settled again in decimal.
    /// </remarks>
    public static T[] Split<T>(T amount, T after, T[] edges) where T : struct, INumber<T>, IMinMaxValue<T>
    {
        for (var i = 1; i < edges.Length; i++)
        {
            if (edges[i] < edges[i - 1]) throw PolicyEvaluationException.Create(Diagnostics.DiagnosticCatalogue.BandEdgesOrder, Shown(edges[i]), Shown(edges[i - 1]));
        }
        var parts = new T[edges.Length + 1];
        if (amount <= T.Zero) return parts;
        var end = checked(after + amount);
        var lower = T.MinValue;
        for (var i = 0; i < parts.Length; i++)
        {
            var upper = i < edges.Length ? edges[i] : T.MaxValue;
            parts[i] = T.Max(T.Zero, checked(T.Min(end, upper) - T.Max(after, lower)));
            lower = upper;
        }
        return parts;
    }

    private static string Shown<T>(T value) where T : INumber<T> => value is decimal yuan ? Money(yuan) : value.ToString("G", CultureInfo.InvariantCulture);

    /// <summary><c>bands</c>, second half: part <paramref name="band"/> at its ratio; the trace shows the band.</summary>
    public static decimal Pay(EvaluationContext context, decimal[] parts, decimal[] edges, int band, decimal ratio)
    {
        var paid = parts[band] * ratio;
        // Text only for a full trace: formatting it for every claim would cost more than the arithmetic.
        if (context.Trace is { Explains: true } trace)
        {
            var which = band < edges.Length ? " up to " + Yuan(edges[band]) : band > 0 ? " above " + Yuan(edges[band - 1]) : "";
            trace.Details.Add($"band{which}: {Yuan(parts[band])} × {Percent(ratio)} = {Yuan(paid)}");
        }
        return paid;
    }

    /// <summary>
    /// At most the room the cap leaves: <c>max(0, limit − counted)</c>. Remembers the tightest room of the
    /// claim (rounding never carries the fund past it), that cap's limit (the settlement's cap), and
    /// each cap that applied (a cap met twice, in a function called twice, is listed once).
    /// </summary>
    public static decimal Cap(EvaluationContext context, decimal value, decimal limit, decimal counted, int cap)
    {
        var room = Math.Max(0m, limit - counted);
        if (room < context.FundRoom)
        {
            context.FundRoom = room;
            context.TightestCap = limit;
        }
        Record(context.Caps, new AppliedCap(cap, limit, room, value > room));
        // The prelude's own annual cap (cap < 0) is explained by the engine's fund step.
        if (context.Trace is { Explains: true } trace && cap >= 0)
        {
            var bit = value > room;
            trace.Details.Add($"cap {cap + 1}: {Yuan(limit)} − {Yuan(counted)} counted = room {Yuan(room)}{(bit ? $"; {Yuan(value)} capped to {Yuan(room)}" : "")}");
        }
        return Math.Min(value, room);
    }

    /// <summary>Lists a cap that applied, once however often it is met.</summary>
    internal static void Record(List<AppliedCap> caps, AppliedCap applied)
    {
        for (var i = 0; i < caps.Count; i++)
        {
            if (caps[i].Cap == applied.Cap) return;
        }
        caps.Add(applied);
    }

    private static string Yuan(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => Runtime.Money.Format(value);

    private static string Percent(decimal ratio) => (ratio * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
