namespace PolicyDsl.Runtime;

/// <summary>
/// What a settlement rests on: the articles that shaped it, in the order the policy cites them, and the
/// assumed params it read. The same as its trace's <see cref="SettlementTrace.Citations"/> and
/// <see cref="SettlementTrace.Assumptions"/>, without the steps; claims with the same grounds share one.
/// </summary>
public sealed record SettlementGrounds(IReadOnlyList<string> Citations, IReadOnlyList<Assumption> Assumptions);
