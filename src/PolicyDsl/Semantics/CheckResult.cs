using PolicyDsl.Diagnostics;

namespace PolicyDsl.Semantics;

/// <summary>The checked policy (when there were no errors) and every diagnostic of parsing and checking.</summary>
internal sealed record CheckResult(CheckedPolicy? Policy, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Policy is null;
}
