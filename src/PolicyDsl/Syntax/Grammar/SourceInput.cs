using Sprache;

namespace PolicyDsl.Syntax.Grammar;

/// <summary>
/// Sprache input over the whole file text, bounded to one declaration, so positions are absolute
/// offsets and terminals can record failures in the shared <see cref="ParseSession"/>.
/// </summary>
internal sealed class SourceInput : IInput
{
    private IDictionary<object, object>? _memos;

    public SourceInput(ParseSession session, int position)
    {
        Session = session;
        Position = position;
    }

    public ParseSession Session { get; }
    public string Source => Session.Text;
    public char Current => Session.Text[Position];
    public bool AtEnd => Position >= Session.End;
    public int Position { get; }

    // Line and column are computed from offsets by SourceText when a diagnostic is shown.
    public int Line => 0;
    public int Column => 0;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance() => AtEnd
        ? throw new InvalidOperationException("The input is already at the end of the declaration.")
        : new SourceInput(Session, Position + 1);

    public SourceInput At(int position) => new(Session, position);

    public bool Equals(IInput? other) => other is SourceInput s && ReferenceEquals(s.Session, Session) && s.Position == Position;
    public override bool Equals(object? obj) => obj is IInput other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Session, Position);
}
