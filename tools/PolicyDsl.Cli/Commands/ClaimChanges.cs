using PolicyDsl.Domain;
using PolicyDsl.Runtime;

namespace PolicyDsl.Cli.Commands;

/// <summary>A claim whose results differ between two versions of a policy (or that one of them cannot settle).</summary>
internal sealed record ClaimChange(int Index, Claim Claim, Settlement? Old, Settlement? New, string? OldFailure, string? NewFailure)
{
    /// <summary>The change in the fund; null when one version cannot settle the claim (there is no change to state).</summary>
    public decimal? FundDelta => Old is not null && New is not null ? New.Fund - Old.Fund : null;

    /// <summary>The figures that differ, named as the CSV names them (eligible, deductible, ratio, cap, fund); empty when a version could not settle the claim.</summary>
    public string Fields() => Old is null || New is null ? "" : string.Join("; ", new (string Name, object? Before, object? After)[]
    {
        ("eligible", Old.Eligible, New.Eligible), ("deductible", Old.Deductible, New.Deductible), ("ratio", Old.Ratio, New.Ratio),
        ("cap", Old.Cap, New.Cap), ("fund", Old.Fund, New.Fund),
    }.Where(f => !Equals(f.Before, f.After)).Select(f => f.Name));

    /// <summary>Articles cited by one version's result and not the other's: where the change comes from.</summary>
    public string Articles()
    {
        var before = Old?.Grounds?.Citations ?? [];
        var after = New?.Grounds?.Citations ?? [];
        var parts = after.Except(before).Select(c => "+" + c).Concat(before.Except(after).Select(c => "−" + c)).ToList();
        return parts.Count == 0 ? "same articles" : string.Join(" ", parts);
    }
}

/// <summary>What changes between two versions' results on the same claims: <c>policy diff</c> and the report's reform section.</summary>
internal static class ClaimChanges
{
    /// <summary>Each claim whose eligible amount, deductible, ratio, cap or fund differs, or that one version cannot settle.</summary>
    public static List<ClaimChange> Between(IReadOnlyList<Claim> claims, PolicyColumn old, PolicyColumn @new)
    {
        var changes = new List<ClaimChange>();
        for (var i = 0; i < claims.Count; i++)
        {
            var o = old.Results.GetValueOrDefault(i);
            var n = @new.Results.GetValueOrDefault(i);
            var same = o is not null && n is not null
                && (o.Eligible, o.Deductible, o.Ratio, o.Cap, o.Fund) == (n.Eligible, n.Deductible, n.Ratio, n.Cap, n.Fund);
            if (!same) changes.Add(new ClaimChange(i, claims[i], o, n, old.Failures.GetValueOrDefault(i), @new.Failures.GetValueOrDefault(i)));
        }
        return changes;
    }

    /// <summary>
    /// The fund under each version over the claims both settle: a claim one cannot settle is not a change of its
    /// whole amount. <c>LeftOut</c> counts the others.
    /// </summary>
    public static (decimal Old, decimal New, int Both, int LeftOut) Totals(IReadOnlyList<Claim> claims, PolicyColumn old, PolicyColumn @new)
    {
        var both = Enumerable.Range(0, claims.Count).Where(i => old.Results.ContainsKey(i) && @new.Results.ContainsKey(i)).ToList();
        return (both.Sum(i => old.Results[i].Fund), both.Sum(i => @new.Results[i].Fund), both.Count, claims.Count - both.Count);
    }
}
