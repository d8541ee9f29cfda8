namespace PolicyDsl.Testing;

/// <summary>The outcome of one golden case: passed, or the differences found, each with its line.</summary>
internal sealed record CaseResult(GoldenCase Case, IReadOnlyList<string> Differences)
{
    public bool Passed => Differences.Count == 0;
}
