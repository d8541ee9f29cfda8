using PolicyDsl.Compilation;
using PolicyDsl.Semantics;

namespace PolicyDsl.Runtime;

/// <summary>
/// One person's running totals, the prelude's and the policy's alike: each starts again with its own
/// period (year, month or day), and one kept by a key holds a total for each key value. The engine
/// shows the rules, through <see cref="RunningTotals{T}.Totals"/>, the value for the current claim's period and key.
/// </summary>
internal sealed class YearState(IReadOnlyList<TotalDefinition> definitions) : RunningTotals<decimal>(definitions)
{
    /// <summary>The totals as a host stores them between claims.</summary>
    public PersonState Export(string personId, DateOnly lastDate) => new(personId, lastDate,
        _definitions.Select((d, i) => new CarriedTotal(d.Symbol.QualifiedName, PeriodStart(_periods[i]), _slots[i].ToArray())).ToArray());

    /// <summary>Takes over a stored person's totals; false when they are not this policy's (another policy's, or altered).</summary>
    public bool TryImport(PersonState state)
    {
        Reset(0);
        if (state.Totals.Count == 0) return true;
        if (state.Totals.Count != _definitions.Count) return false;
        for (var i = 0; i < _definitions.Count; i++)
        {
            var carried = state.Totals[i];
            if (carried.Name != _definitions[i].Symbol.QualifiedName || carried.Values.Count != _slots[i].Length) return false;
            _periods[i] = carried.Period == DateOnly.MinValue ? default : _definitions[i].Period switch
            {
                TotalPeriod.Year => (carried.Period.Year, 0, 0),
                TotalPeriod.Month => (carried.Period.Year, carried.Period.Month, 0),
                _ => (carried.Period.Year, carried.Period.Month, carried.Period.Day),
            };
            for (var k = 0; k < _slots[i].Length; k++) _slots[i][k] = carried.Values[k];
        }
        Year = state.LastDate == DateOnly.MinValue ? 0 : state.LastDate.Year;
        return true;
    }

    private static DateOnly PeriodStart((int Year, int Month, int Day) period) =>
        period.Year == 0 ? DateOnly.MinValue : new DateOnly(period.Year, Math.Max(1, period.Month), Math.Max(1, period.Day));
}

/// <summary>
/// Running totals of one person, as <see cref="YearState"/> describes them, held as <typeparamref name="T"/>: the
/// <c>decimal</c> engine's, or whole units for rules lowered to integer fen. One statement of when a total starts
/// again and which key a claim reads, for both.
/// </summary>
internal class RunningTotals<T>(IReadOnlyList<TotalDefinition> definitions) where T : struct, System.Numerics.INumber<T>
{
    protected readonly IReadOnlyList<TotalDefinition> _definitions = definitions;
    protected readonly (int Year, int Month, int Day)[] _periods = new (int, int, int)[definitions.Count];
    protected readonly T[][] _slots = definitions.Select(d => new T[d.KeySlots]).ToArray();
    private readonly int[] _keys = new int[definitions.Count];

    // Read for every claim: arrays, not the definitions' list through its interface.
    private readonly TotalPeriod[] _period = definitions.Select(d => d.Period).ToArray();
    private readonly bool[] _keyed = definitions.Select(d => d.Key is not null).ToArray();

    public int Year { get; protected set; }

    /// <summary>Each total's value before the current claim, for its period and key; the context reads this array.</summary>
    public T[] Totals { get; } = new T[definitions.Count];

    public void Reset(int year)
    {
        Year = year;
        Array.Clear(Totals);
        Array.Clear(_periods);
        foreach (var slots in _slots) Array.Clear(slots);
    }

    /// <summary>
    /// Starts each total again when the claim falls in a new year, month or day of it, and shows the
    /// rules the total of the claim's key, for a total kept by one.
    /// </summary>
    public void Enter(DateOnly date, IRuleEvaluator rules, EvaluationContext context)
    {
        for (var i = 0; i < Totals.Length; i++)
        {
            var period = _period[i] switch
            {
                TotalPeriod.Year => (date.Year, 0, 0),
                TotalPeriod.Month => (date.Year, date.Month, 0),
                _ => (date.Year, date.Month, date.Day),
            };
            if (_periods[i] != period)
            {
                _periods[i] = period;
                Array.Clear(_slots[i]);
            }
            _keys[i] = _keyed[i] ? rules.TotalKey(i, context) : 0;
            Totals[i] = _slots[i][_keys[i]];
        }
    }

    /// <summary>Adds a settled claim's figure to total <paramref name="index"/>, under the key the claim entered with.</summary>
    public void Add(int index, T value)
    {
        // Checked: for whole units an overflow must send the person to the decimal engine, not wrap.
        _slots[index][_keys[index]] = checked(_slots[index][_keys[index]] + value);
        Totals[index] = _slots[index][_keys[index]];
    }
}
