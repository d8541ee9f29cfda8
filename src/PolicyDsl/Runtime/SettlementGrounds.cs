namespace PolicyDsl.Runtime;

/// <summary>
/// What a settlement rests on: the articles that shaped it, in the order the policy cites them, and the
/// assumed params it read. The same as its trace's <see cref="SettlementTrace.Citations"/> and
/// <see cref="SettlementTrace.Assumptions"/>, without the steps; claims with the same grounds share one.
/// </summary>
/// <param name="Citations">the articles that shaped the settlement, in the order the policy cites them</param>
/// <param name="Assumptions">the assumed params it read, with their values and reasons</param>
public sealed record SettlementGrounds(IReadOnlyList<string> Citations, IReadOnlyList<Assumption> Assumptions);
