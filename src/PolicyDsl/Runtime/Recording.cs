namespace PolicyDsl.Runtime;

/// <summary>How much a settlement records beside its figures; each level costs more than the one before.</summary>
internal enum Recording
{
    /// <summary>The figures only: the fast path, for budgets and totals.</summary>
    Figures,

    /// <summary>
    /// The figures and their grounds (<see cref="Settlement.Grounds"/>): which articles shaped the result and
    /// which assumed params it rests on, kept as a set per claim and shared between claims with the same set.
    /// What a results table's citations and assumptions columns need, at a fraction of a trace's cost.
    /// </summary>
    Grounds,

    /// <summary>The grounds and every step with its explanation (<see cref="Settlement.Trace"/>): for <c>--trace</c>.</summary>
    Trace,
}
