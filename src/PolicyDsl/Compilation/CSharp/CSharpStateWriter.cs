using System.Text;
using PolicyDsl.Semantics;

namespace PolicyDsl.Compilation.CSharp;

/// <summary>
/// The emitted class's carried state: the engine's year state (<c>Runtime.YearState</c>) and ordering
/// written out, so an embedding system settles a claim with <c>Settle(claim, ref state, parameters)</c>
/// or a batch with <c>Settle(claims, parameters)</c> and keeps nothing of its own but the state. The
/// state has the facade's <c>PersonState</c> JSON shape, and fails with the same codes (PD0312, PD0313).
/// </summary>
internal static class CSharpStateWriter
{
    public static void Write(StringBuilder code, CheckedPolicy policy)
    {
        var totals = policy.Totals;
        // What each total sums, as the engine's CountTotals does; an excluded claim adds to none.
        var counted = totals.Select(t => $"{t.Index} => {t.Quantity switch
        {
            TotalQuantity.Amount => "claim.Amount",
            TotalQuantity.Eligible => "eligible",
            TotalQuantity.Deductible => "deductible",
            TotalQuantity.AboveDeductible => "eligible - deductible",
            TotalQuantity.Fund => "fund",
            _ => "1m",
        }}").Append("_ => throw new ArgumentOutOfRangeException(nameof(index))");
        code.AppendLine($$"""
                /// <summary>Each running total's period (0 a year, 1 a month, 2 a day) and how many separate totals it keeps (one per key value).</summary>
                private static readonly int[] TotalPeriods = { {{string.Join(", ", totals.Select(t => (int)t.Period))}} };
                private static readonly int[] TotalSlots = { {{string.Join(", ", totals.Select(t => t.KeySlots))}} };

                /// <summary>What a settled claim adds to total <paramref name="index"/>.</summary>
                private static decimal Counted(int index, Input claim, decimal eligible, decimal deductible, decimal fund) => index switch { {{string.Join(", ", counted)}} };

                /// <summary>A claim that cannot be settled: <see cref="Code"/> is PolicyDsl's (PD0301, PD0312, …), the message starts with it.</summary>
                public sealed class SettlementException : InvalidOperationException
                {
                    public SettlementException(string code, string message, int? claimIndex = null) : base(code + ": " + message) => (Code, ClaimIndex) = (code, claimIndex);
                    /// <summary>The engine's code for the same failure.</summary>
                    public string Code { get; }
                    /// <summary>In a batch, the position of the claim that failed in the list given.</summary>
                    public int? ClaimIndex { get; }
                }

                /// <summary>One running total carried between claims (name as rules read it, the first day of its period, a value per key).</summary>
                public sealed record CarriedTotal(string Name, DateOnly Period, decimal[] Values);

                /// <summary>
                /// One person's running totals between claims: store it (as JSON, say) and pass it with the person's
                /// next claim. The same shape as PolicyDsl's PersonState, so either reads the other's JSON.
                /// </summary>
                public sealed record PersonState(string PersonId, DateOnly LastDate, CarriedTotal[] Totals)
                {
                    /// <summary>A person with nothing settled yet.</summary>
                    public static PersonState Start(string personId) => new(personId, DateOnly.MinValue, Array.Empty<CarriedTotal>());
                }

                /// <summary>One claim settled: fund + personal = amount; FundYearToDate includes this claim; ExcludedBy the exclusion that applied.</summary>
                public sealed record Settlement(string PersonId, DateOnly Date, decimal Eligible, decimal Deductible, decimal? Ratio, decimal? Cap, decimal Fund, decimal Personal,
                    decimal FundYearToDate, string? ExcludedBy);

                /// <summary>
                /// Settles the next claim of a person whose totals so far are <paramref name="state"/>
                /// (PersonState.Start for the first); on success <paramref name="state"/> becomes the totals after it,
                /// on a failure it is left as it was. The results are those of settling the person's claims together.
                /// </summary>
                /// <exception cref="SettlementException">PD0312 another person's state or another policy's, PD0313 a claim before the last one settled, or the policy's own error.</exception>
                public static Settlement Settle(Input claim, ref PersonState state, Parameters parameters)
                {
                    if (claim.PersonId != state.PersonId) throw Error("PD0312", $"the person's carried state is {state.PersonId}'s, and the claim is {claim.PersonId}'s");
                    var year = YearTotals.Import(state) ?? throw Error("PD0312", "the person's carried state does not hold this policy's totals (it was kept under another policy, or altered)");
                    if (claim.Date < state.LastDate) throw Error("PD0313", $"{claim.PersonId}'s claim of {claim.Date:yyyy-MM-dd} comes before the last one settled ({state.LastDate:yyyy-MM-dd})");
                    if (claim.Date.Year != year.Year) year.Reset(claim.Date.Year);
                    var settled = year.Settle(claim, parameters);
                    state = year.Export(claim.PersonId, claim.Date);
                    return settled;
                }

                /// <summary>
                /// Settles a batch: each person's claims in date order (claims of one day in the order given), each
                /// person's totals starting from nothing, as PolicyDsl's engine does. Results are in the order given.
                /// </summary>
                /// <exception cref="SettlementException">The first claim that cannot be settled, with its <see cref="SettlementException.ClaimIndex"/>.</exception>
                public static Settlement[] Settle(System.Collections.Generic.IReadOnlyList<Input> claims, Parameters parameters)
                {
                    var firstSeen = new System.Collections.Generic.Dictionary<string, int>(StringComparer.Ordinal);
                    var order = new (int Person, DateOnly Date, int Index)[claims.Count];
                    for (var i = 0; i < claims.Count; i++)
                    {
                        if (!firstSeen.TryGetValue(claims[i].PersonId, out var person)) firstSeen.Add(claims[i].PersonId, person = firstSeen.Count);
                        order[i] = (person, claims[i].Date, i);
                    }
                    Array.Sort(order);
                    var results = new Settlement[claims.Count];
                    var year = new YearTotals();
                    string? current = null;
                    foreach (var (_, date, index) in order)
                    {
                        var claim = claims[index];
                        if (claim.PersonId != current || date.Year != year.Year) year.Reset(date.Year);
                        current = claim.PersonId;
                        try
                        {
                            results[index] = year.Settle(claim, parameters);
                        }
                        catch (SettlementException e) when (e.ClaimIndex is null)
                        {
                            throw new SettlementException(e.Code, e.Message.Substring(e.Code.Length + 2), index);
                        }
                    }
                    return results;
                }

                /// <summary>
                /// 个人账户月划入额 of a person (the person's fields of <paramref name="person"/>; its claim fields are not read)
                /// for the month containing <paramref name="month"/>, rounded as the engine does.
                /// </summary>
                /// <exception cref="SettlementException">PD0307 the policy has no account rule, PD0301 a month outside the period in force, or the policy's own error.</exception>
                public static decimal Credit(Input person, DateOnly month, Parameters parameters)
                {
                    if (!HasAccount) throw Error("PD0307", "the policy has no account rule");
                    var first = new DateOnly(month.Year, month.Month, 1);
                    var (from, until) = (InForceFrom(parameters), InForceUntil(parameters));
                    var end = until == DateOnly.MaxValue ? "no end date" : until.ToString("yyyy-MM-dd");
                    if (first < from || first > until) throw Error("PD0301", $"the month {first:yyyy-MM} is dated {first:yyyy-MM-dd}, outside the period in force ({from:yyyy-MM-dd} to {end})");
                    return RoundAccount(Account(person with { Date = first }, parameters));
                }

                /// <summary>One person's totals, each for its period and by its key, as PolicyDsl's engine keeps them.</summary>
                private sealed class YearTotals
                {
                    private readonly (int Year, int Month, int Day)[] _periods = new (int, int, int)[TotalNames.Length];
                    private readonly decimal[][] _slots = Array.ConvertAll(TotalSlots, n => new decimal[n]);
                    private readonly int[] _keys = new int[TotalNames.Length];
                    private readonly decimal[] _totals = new decimal[TotalNames.Length];

                    public int Year { get; private set; }

                    public void Reset(int year)
                    {
                        Year = year;
                        Array.Clear(_totals);
                        Array.Clear(_periods);
                        foreach (var slots in _slots) Array.Clear(slots);
                    }

                    /// <summary>Settles a claim against the totals so far and adds it to each total that counts it.</summary>
                    public Settlement Settle(Input claim, Parameters parameters)
                    {
                        var input = claim with { Totals = _totals, Result = new Figures() };
                        for (var i = 0; i < _totals.Length; i++)
                        {
                            var d = input.Date;
                            var period = TotalPeriods[i] switch { 0 => (d.Year, 0, 0), 1 => (d.Year, d.Month, 0), _ => (d.Year, d.Month, d.Day) };
                            if (_periods[i] != period)
                            {
                                _periods[i] = period;
                                Array.Clear(_slots[i]);
                            }
                            _keys[i] = TotalKey(i, input);
                            _totals[i] = _slots[i][_keys[i]];
                        }
                        var (eligible, deductible, ratio, cap, fund, personal, exclusion) = SettleClaim(input, parameters);
                        for (var i = 0; i < _totals.Length && exclusion < 0; i++)
                        {
                            if (!TotalCounts(i, input, parameters)) continue;
                            _slots[i][_keys[i]] += Counted(i, input, eligible, deductible, fund);
                            _totals[i] = _slots[i][_keys[i]];
                        }
                        return new Settlement(claim.PersonId, claim.Date, eligible, deductible, ratio, cap, fund, personal, _totals[{{Semantics.Inputs.Prelude.FundPaidTotal}}],
                            exclusion < 0 ? null : ExclusionReasons[exclusion]);
                    }

                    public PersonState Export(string personId, DateOnly lastDate)
                    {
                        var totals = new CarriedTotal[TotalNames.Length];
                        for (var i = 0; i < totals.Length; i++)
                        {
                            var p = _periods[i];
                            totals[i] = new CarriedTotal(TotalNames[i], p.Year == 0 ? DateOnly.MinValue : new DateOnly(p.Year, Math.Max(1, p.Month), Math.Max(1, p.Day)), (decimal[])_slots[i].Clone());
                        }
                        return new PersonState(personId, lastDate, totals);
                    }

                    /// <summary>The totals of a stored state; null when they are not this policy's (another policy's, or altered).</summary>
                    public static YearTotals? Import(PersonState state)
                    {
                        var year = new YearTotals();
                        if (state.Totals.Length == 0) return year;
                        if (state.Totals.Length != TotalNames.Length) return null;
                        for (var i = 0; i < TotalNames.Length; i++)
                        {
                            var carried = state.Totals[i];
                            if (carried.Name != TotalNames[i] || carried.Values.Length != TotalSlots[i]) return null;
                            var p = carried.Period;
                            year._periods[i] = p == DateOnly.MinValue ? default : TotalPeriods[i] switch { 0 => (p.Year, 0, 0), 1 => (p.Year, p.Month, 0), _ => (p.Year, p.Month, p.Day) };
                            carried.Values.CopyTo(year._slots[i], 0);
                        }
                        year.Year = state.LastDate == DateOnly.MinValue ? 0 : state.LastDate.Year;
                        return year;
                    }
                }

            """);
    }
}
