namespace PolicyDsl.Cli.Output;

/// <summary>
/// Takes a row's cells one at a time and typed, in its columns' order: a row is stated once (as
/// <see cref="SettlementWriter.Cells"/> states a settlement's) and written by each format its own way,
/// boxed into the <see cref="ResultTable"/> a workbook is made from, or straight into CSV text with nothing
/// boxed, which for a million rows is a quarter of the time it takes to make them.
/// </summary>
internal interface IRowCells
{
    void Text(string? text);

    void Date(DateOnly date);

    /// <summary>A <see cref="CellKind.Money"/> cell; null is no such figure.</summary>
    void Money(decimal? yuan);

    /// <summary>A <see cref="CellKind.Ratio"/> cell; null is no single ratio.</summary>
    void Ratio(decimal? ratio);
}

/// <summary>The cells as a <see cref="ResultTable"/> row of boxed values, for the writers of whole tables.</summary>
internal struct BoxedCells(int columns) : IRowCells
{
    private int _next;

    public object?[] Row { get; } = new object?[columns];

    public void Text(string? text) => Row[_next++] = text;

    public void Date(DateOnly date) => Row[_next++] = date;

    public void Money(decimal? yuan) => Row[_next++] = yuan;

    public void Ratio(decimal? ratio) => Row[_next++] = ratio;
}
