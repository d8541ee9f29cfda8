using PolicyDsl.Semantics.Types;

namespace PolicyDsl.Semantics;

/// <summary>
/// What a total may be kept by, and the slot of each key value. A slot is storage only: every back end
/// maps a value to the same slot (an enumeration member's number, false 0 and true 1).
/// </summary>
internal static class TotalKeys
{
    /// <summary>Whether a total can be kept by values of this type: a finite set, so each has its own total.</summary>
    public static bool CanKey(PolicyType type) => type == PolicyTypes.Bool || type is EnumType;

    /// <summary>How many slots a key of this type needs. Asked for each person settled (their year state), so an enumeration's count is worked out once.</summary>
    public static int Slots(PolicyType type) => type is EnumType e ? EnumSlots.GetOrAdd(e.Enum, t => Enum.GetValues(t).Length) : 2;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, int> EnumSlots = new();

    /// <summary>The slot of a key value (boxed: the tree-walking oracle's and the engine's slow paths).</summary>
    public static int Slot(object value) => value is bool b ? (b ? 1 : 0) : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    internal static string QuantityName(TotalQuantity quantity) => quantity switch
    {
        TotalQuantity.Amount => "amount",
        TotalQuantity.Eligible => "eligible",
        TotalQuantity.Deductible => "deductible",
        TotalQuantity.AboveDeductible => "aboveDeductible",
        TotalQuantity.Fund => "fund",
        _ => "count",
    };
}
