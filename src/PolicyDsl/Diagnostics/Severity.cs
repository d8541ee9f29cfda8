namespace PolicyDsl.Diagnostics;

/// <summary>How serious a diagnostic is: an error stops evaluation, a warning does not.</summary>
public enum Severity
{
    Warning,
    Error,
}
