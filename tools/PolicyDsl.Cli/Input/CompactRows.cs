using System.Text;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Types;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads a claim straight from a plain CSV line's bytes into a <see cref="ClaimStore"/>: no string per
/// cell, no claim or person object per row. A cell in its plain form (<c>2024-03-05</c>, <c>1234.56</c>,
/// <c>level2</c>, <c>true</c>) is read here by <see cref="CanonicalCells"/> and the enumerations' own
/// spellings; any other cell is decoded and read by <see cref="CellReader.Read"/>, the one statement of
/// what a cell means. A row with any bad cell, or whose shape is not plain, is not taken
/// (<see cref="TryAdd(ReadOnlySpan{byte}, int)"/> is false), so the caller reads it the full way and reports it exactly as always.
/// </summary>
internal sealed class CompactRows
{
    private const int MaxWidth = 256;
    private const int MaxIdLength = 256;

    private readonly ClaimStore _store;
    private readonly int _width;
    private readonly int _id;
    private readonly Field _status, _age, _scheme, _oldWorker, _base, _date, _level, _amount, _channel, _place, _designated, _inpatient;

    private CompactRows(ClaimStore store, int width, int id, Dictionary<InputField, Field> fields)
    {
        (_store, _width, _id) = (store, width, id);
        (_status, _age, _scheme, _oldWorker, _base) = (fields[InputField.PersonStatus], fields[InputField.PersonAge], fields[InputField.PersonScheme],
            fields[InputField.PersonOldWorker], fields[InputField.PersonBase]);
        (_date, _level, _amount, _channel, _place, _designated, _inpatient) = (fields[InputField.ClaimDate], fields[InputField.ClaimLevel], fields[InputField.ClaimAmount],
            fields[InputField.ClaimChannel], fields[InputField.ClaimPlace], fields[InputField.ClaimDesignated], fields[InputField.ClaimInpatient]);
    }

    /// <summary>
    /// The reader for a table, or null when its rows must all be read the full way: a column of a policy's own
    /// input in the file (this reader stores only the prelude's facts), a header with a gap, or more columns than a row is split into here.
    /// </summary>
    public static CompactRows? For(InputTable table, ClaimStore store, params RowSchema[] schemas)
    {
        var inputs = schemas.SelectMany(s => s.Inputs.Select((input, i) => (Input: input, Required: s.Required[i]))).ToList();
        // A policy's own input the file has no column for is left out of every row (its default is the policy's), as the full reader leaves it.
        if (inputs.Any(i => i.Input.Builtin is null && (i.Required || table.Has(i.Input.Column!))) || !table.HeaderIsWhole || table.HeaderWidth > MaxWidth) return null;
        inputs.RemoveAll(i => i.Input.Builtin is null);
        var fields = inputs.ToDictionary(i => i.Input.Builtin!.Value, i => new Field(i.Input, table.ColumnNumber(i.Input.Column!) - 1, i.Required));
        var expected = new[]
        {
            InputField.PersonStatus, InputField.PersonAge, InputField.PersonScheme, InputField.PersonOldWorker, InputField.PersonBase, InputField.ClaimDate,
            InputField.ClaimLevel, InputField.ClaimAmount, InputField.ClaimChannel, InputField.ClaimPlace, InputField.ClaimDesignated, InputField.ClaimInpatient,
        };
        // The prelude names these; one it has come to name otherwise is read the full way rather than misread here.
        if (fields.Count != expected.Length || expected.Any(f => !fields.ContainsKey(f))) return null;
        var id = table.ColumnNumber(Prelude.PersonIdColumn) - 1;
        return id < 0 ? null : new CompactRows(store, table.HeaderWidth, id, fields);
    }

    /// <summary>Stores the claim of row <paramref name="number"/>; false, storing nothing, when the row is for the full reader.</summary>
    public bool TryAdd(ReadOnlySpan<byte> line, int number)
    {
        // A quoted cell, or more cells than the header: the full reader's.
        if (PlainCsvLines.HasQuote(line)) return false;
        Span<Range> cells = stackalloc Range[_width];
        var (count, start) = (0, 0);
        while (true)
        {
            if (count == _width) return false;
            var comma = line[start..].IndexOf((byte)',');
            var end = comma < 0 ? line.Length : start + comma;
            cells[count++] = new Range(start, end);
            if (comma < 0) break;
            start = end + 1;
        }
        cells = cells[..count];
        Span<char> idChars = stackalloc char[MaxIdLength];
        if (!TryId(Cell(line, cells, _id), idChars, out var idLength, out var idText)) return false;
        if (!TryEnum(line, cells, _status, out var status) || !TryAge(line, cells, out var age) || !TryEnum(line, cells, _scheme, out var scheme)
            || !TryBool(line, cells, _oldWorker, out var oldWorker) || !TryMoney(line, cells, _base, out var @base)) return false;
        if (!TryDate(line, cells, out var date) || !TryEnum(line, cells, _level, out var level) || !TryFen(line, cells, out var fen)
            || !TryEnum(line, cells, _channel, out var channel) || !TryEnum(line, cells, _place, out var place)
            || !TryBool(line, cells, _designated, out var designated) || !TryBool(line, cells, _inpatient, out var inpatient)) return false;
        var person = new PersonDescription((InsuredStatus)status, age, (Scheme)scheme, oldWorker, @base);
        var claim = new ClaimFacts(date, (HospitalLevel)level, fen, (Channel)channel, (Place)place, designated, inpatient);
        _store.Add(number, idText is null ? idChars[..idLength] : idText.AsSpan(), person, claim);
        return true;
    }

    private static ReadOnlySpan<byte> Cell(ReadOnlySpan<byte> line, ReadOnlySpan<Range> cells, int column) =>
        column >= 0 && column < cells.Length ? line[cells[column]] : [];

    /// <summary>
    /// The id: plain ASCII with no point or e (so never a number Excel has damaged: <see cref="CellParser.DamagedNumber"/>
    /// needs one) is widened into <paramref name="chars"/>; any other is decoded, trimmed and judged as the full reader judges it.
    /// </summary>
    private static bool TryId(ReadOnlySpan<byte> cell, Span<char> chars, out int length, out string? text)
    {
        (length, text) = (0, null);
        if (cell.Length is > 0 and <= MaxIdLength && cell[0] is > 0x20 and < 0x80 && cell[^1] is > 0x20 and < 0x80 && cell.IndexOfAny(".eE"u8) < 0
            && System.Text.Ascii.ToUtf16(cell, chars, out length) == System.Buffers.OperationStatus.Done)
        {
            return true;
        }
        text = Decode(cell).Trim();
        return text.Length > 0 && CellParser.DamagedNumber(text) is null;
    }

    private bool TryEnum(ReadOnlySpan<byte> line, ReadOnlySpan<Range> cells, Field field, out int value)
    {
        var cell = Cell(line, cells, field.Column);
        foreach (var (spelling, member) in field.Spellings)
        {
            if (cell.SequenceEqual(spelling))
            {
                value = member;
                return true;
            }
        }
        return Slow(cell, field, out value, v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture));
    }

    private bool TryBool(ReadOnlySpan<byte> line, ReadOnlySpan<Range> cells, Field field, out bool value)
    {
        var cell = Cell(line, cells, field.Column);
        if (cell.SequenceEqual("true"u8) || cell.SequenceEqual("false"u8))
        {
            value = cell.Length == 4;
            return true;
        }
        return Slow(cell, field, out value, v => (bool)v);
    }

    private bool TryAge(ReadOnlySpan<byte> line, ReadOnlySpan<Range> cells, out int value)
    {
        var cell = Cell(line, cells, _age.Column);
        return CanonicalCells.TryWholeNumber(cell, out value) && value <= 150 || Slow(cell, _age, out value, v => (int)v);
    }

    private bool TryMoney(ReadOnlySpan<byte> line, ReadOnlySpan<Range> cells, Field field, out decimal value)
    {
        var cell = Cell(line, cells, field.Column);
        return CanonicalCells.TryMoney(cell, out value) || Slow(cell, field, out value, v => (decimal)v);
    }

    private bool TryFen(ReadOnlySpan<byte> line, ReadOnlySpan<Range> cells, out long fen)
    {
        var cell = Cell(line, cells, _amount.Column);
        return CanonicalCells.TryFen(cell, out fen) || Slow(cell, _amount, out fen, v => decimal.ToInt64((decimal)v * 100m));
    }

    private bool TryDate(ReadOnlySpan<byte> line, ReadOnlySpan<Range> cells, out DateOnly value)
    {
        var cell = Cell(line, cells, _date.Column);
        return CanonicalCells.TryDate(cell, out value) || Slow(cell, _date, out value, v => (DateOnly)v);
    }

    /// <summary>A cell not in its plain form, read the full way; false when it is bad (the row is then the full reader's to report).</summary>
    private static bool Slow<T>(ReadOnlySpan<byte> cell, Field field, out T value, Func<object, T> convert)
    {
        value = default!;
        var (read, problem) = CellReader.Read(field.Input, Decode(cell).Trim(), field.Required);
        if (problem is not null || read is null) return false;
        value = convert(read);
        return true;
    }

    private static string Decode(ReadOnlySpan<byte> cell) => cell.IsEmpty ? "" : Encoding.UTF8.GetString(cell);

    /// <summary>One prelude input: its column (−1 when the file has none), whether a row must give it, and an enumeration's spellings as bytes.</summary>
    private sealed class Field(InputSymbol input, int column, bool required)
    {
        public InputSymbol Input { get; } = input;
        public int Column { get; } = column;
        public bool Required { get; } = required;

        public (byte[] Spelling, int Member)[] Spellings { get; } = input.Type is EnumType e
            ? CellReader.Spellings(e).Select(s => (Encoding.UTF8.GetBytes(s.Key), Convert.ToInt32(s.Value, System.Globalization.CultureInfo.InvariantCulture)))
                // The file's own names first: a machine extract writes them on every row.
                .OrderBy(s => s.Item1.Any(b => b >= 0x80)).ToArray()
            : [];
    }
}
