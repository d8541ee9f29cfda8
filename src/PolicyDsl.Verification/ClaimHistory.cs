using PolicyDsl.Domain;

namespace PolicyDsl.Verification;

/// <summary>
/// One generated input: a person's claims, plus the random choices the relational invariants need
/// (which claim to raise and by how much, an extra claim to add, a claim to split).
/// </summary>
internal sealed record ClaimHistory(Person Person, IReadOnlyList<Claim> Claims, int Pick, decimal Raise, Claim Extra, decimal SplitShare)
{
    /// <summary>The picked claim's index, or -1 for an empty history.</summary>
    public int PickedIndex => Claims.Count == 0 ? -1 : Pick % Claims.Count;
}
