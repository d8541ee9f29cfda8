namespace PolicyDsl.Text;

/// <summary>A range of characters in a source text: a 0-based start offset and a length.</summary>
/// <param name="Start">The 0-based offset of the first character.</param>
/// <param name="Length">How many characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    internal static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>The smallest span covering both.</summary>
    internal TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary><c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
