namespace PolicyDsl.Diagnostics;

/// <summary>How serious a diagnostic is: an error stops evaluation, a warning does not.</summary>
public enum Severity
{
    /// <summary>Worth a look (an assumed figure, an unreachable arm); the policy still loads.</summary>
    Warning,
    /// <summary>The policy cannot be used until it is fixed.</summary>
    Error,
}
