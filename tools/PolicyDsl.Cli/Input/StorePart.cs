namespace PolicyDsl.Cli.Input;

/// <summary>
/// One part of a claims file read on a core of its own: the rows read compactly, in a store of the part's own, and
/// the rows left for the full reader, as cells. The parts are added to the file's store in file order, so that
/// persons, rows and errors come out numbered and ordered as one reading from the top has them.
/// </summary>
internal sealed class StorePart
{
    private readonly List<RawRow> _aside = [];

    public ClaimStore Store { get; } = new();

    /// <summary>Whether every row went into the part's store (none is left for the full reader).</summary>
    public bool AllCompact => _aside.Count == 0;

    /// <summary>Keeps a row for the full reader, in its place among the part's rows.</summary>
    public void Aside(RawRow row) => _aside.Add(row);

    /// <summary>
    /// Adds the part's rows to <paramref name="store"/> in file order, each row's number moved on by <paramref name="offset"/>:
    /// a part read whole is taken over by an empty store, or added on every core; one with rows left to the full reader
    /// goes row by row, each such row read by <paramref name="row"/> in its place.
    /// </summary>
    public void AddTo(ClaimStore store, int offset, Action<RawRow> row)
    {
        if (AllCompact && offset == 0 && store.Count == 0 && store.Persons == 0)
        {
            store.TakeOver(Store);
            return;
        }
        if (AllCompact)
        {
            store.AppendAll(Store, offset);
            return;
        }
        var numbers = new ClaimStore.PartNumbers(Store);
        var (i, j) = (0, 0);
        while (i < Store.Count || j < _aside.Count)
        {
            if (j < _aside.Count && (i == Store.Count || _aside[j].Number < Store.Row(i)))
            {
                row(_aside[j] with { Number = offset + _aside[j].Number });
                j++;
            }
            else
            {
                store.Append(Store, i++, offset, numbers);
            }
        }
    }
}
