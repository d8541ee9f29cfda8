namespace PolicyDsl.Text;

/// <summary>A 1-based line and 1-based column, as an editor shows them (columns count UTF-16 characters).</summary>
/// <param name="Line">From 1.</param>
/// <param name="Column">From 1, in UTF-16 characters.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <summary><c>line:column</c>.</summary>
    public override string ToString() => $"{Line}:{Column}";
}
