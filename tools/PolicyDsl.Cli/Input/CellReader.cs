using System.Globalization;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Types;

namespace PolicyDsl.Cli.Input;

/// <summary>
/// Reads the cells of one row as the inputs the schema describes (the prelude's and the policies'
/// own): type, column, default and "required" all come from the <see cref="InputSymbol"/>. Every bad
/// cell is recorded, naming the row, the column and the value, so one run lists them all.
/// </summary>
internal sealed class CellReader(InputTable table, RawRow row, List<InputError> errors)
{
    /// <summary>Whether any cell of this row was bad.</summary>
    public bool Failed { get; private set; }

    private void Fail(string column, string problem)
    {
        Failed = true;
        errors.Add(new InputError(DiagnosticCatalogue.BadCell, $"{table.Where(row)}:{table.ColumnNumber(column)}", [column, problem]));
    }

    /// <summary>The person's id, which every row must have.</summary>
    public string PersonId()
    {
        var id = table.Cell(row, Prelude.PersonIdColumn);
        if (id.Length == 0) Fail(Prelude.PersonIdColumn, "is empty");
        else if (CellParser.DamagedNumber(id) is { } damage) Fail(Prelude.PersonIdColumn, damage);
        return id;
    }

    /// <summary>
    /// The value of <paramref name="input"/> in this row: the cell read by the input's type, or when the
    /// cell is empty the input's default (null for a policy's own input, whose default the policy gives).
    /// </summary>
    public object? Value(InputSymbol input, bool required)
    {
        var (value, problem) = Read(input, table.Cell(row, input.Column!), required);
        if (problem is not null) Fail(input.Column!, problem);
        return value;
    }

    /// <summary>
    /// One cell's value, or why it has none: <paramref name="text"/> is the cell trimmed. The whole of what a
    /// cell means, so a reader that finds a cell's value another way (<see cref="CompactRows"/>) asks here for
    /// any cell it does not read itself.
    /// </summary>
    public static (object? Value, string? Problem) Read(InputSymbol input, string text, bool required)
    {
        if (text.Length == 0)
        {
            var value = input.IsDeclared ? null : input.Default;
            return (value, required ? input.IsDeclared ? "is empty, and the policy requires it" : "is empty" : null);
        }
        return Typed(input, text);
    }

    /// <summary>The spellings an enumeration's cell may take, each with its member, exactly as a cell is looked up.</summary>
    public static IEnumerable<KeyValuePair<string, Enum>> Spellings(EnumType type) =>
        SpellingsOf(type.Enum).Where(s => CellParser.Normal(s.Key) == s.Key);

    private static (object? Value, string? Problem) Typed(InputSymbol input, string cell)
    {
        // Full-width digits and ％ (a Chinese input method's) mean the ASCII ones; text keeps them as written.
        var text = input.Type is PrimitiveType { Kind: PrimitiveKind.Text } ? cell : CellParser.Normal(cell);
        switch (input.Type)
        {
            case EnumType e:
                return SpellingsOf(e.Enum).TryGetValue(text, out var member) ? (member, null) : (null, $"'{text}' is not one of {Spellings(e.Enum)}");
            case PrimitiveType { Kind: PrimitiveKind.Bool }:
                return text == "true" ? True : text == "false" ? False : Boxed(CellParser.Bool(text));
            case PrimitiveType { Kind: PrimitiveKind.Int }:
                return WholeNumber(input, text);
            case PrimitiveType { Kind: PrimitiveKind.Money }:
                return CanonicalCells.TryMoney(text, out var yuan) ? (yuan, null) : Boxed(CellParser.Money(text));
            case PrimitiveType { Kind: PrimitiveKind.Date }:
                return CanonicalCells.TryDate(text, out var date) ? (date, null) : Boxed(CellParser.Date(text));
            case PrimitiveType { Kind: PrimitiveKind.Text }:
                return (text, null);
            default:
                // Ratio and Points are written as in rule files: 60%, 5pp.
                return Runtime.Parameters.ParameterText.TryParse(text, input.Type, out var value, out var problem) ? (value, null) : (null, problem ?? $"'{text}' is not a {input.Type}");
        }
    }

    private static (object? Value, string? Problem) Boxed<T>((T Value, string? Problem) parsed) => (parsed.Value, parsed.Problem);

    // Boxed once: a flag is read on every row of a claims file.
    private static readonly (object? Value, string? Problem) True = (true, null), False = (false, null);

    /// <summary>An age is 0–150; a policy's own whole number may be negative (a balance, an adjustment).</summary>
    private static (object? Value, string? Problem) WholeNumber(InputSymbol input, string text)
    {
        var (min, max) = input.Builtin == InputField.PersonAge ? (0, 150) : (int.MinValue, int.MaxValue);
        var styles = min < 0 ? NumberStyles.AllowLeadingSign : NumberStyles.None;
        if (int.TryParse(text, styles, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max) return (number, null);
        return (null, min < 0 ? $"'{text}' is not a whole number" : $"'{text}' is not a whole number from {min} to {max}");
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Type, Dictionary<string, Enum>> Lookups = new();

    /// <summary>
    /// Every spelling of the members of an enumeration, as <see cref="DomainVocabulary.TryParse(Type, string, out Enum?)"/>
    /// accepts them, gathered once per type rather than searched for every cell (the first member wins, as there).
    /// </summary>
    private static Dictionary<string, Enum> SpellingsOf(Type enumType) => Lookups.GetValue(enumType, type =>
    {
        var lookup = new Dictionary<string, Enum>(StringComparer.Ordinal);
        foreach (var member in DomainVocabulary.Members(type))
        {
            foreach (var name in DomainVocabulary.Spellings(member)) lookup.TryAdd(name, member);
        }
        return lookup;
    });

    /// <summary>The accepted spellings, English then Chinese: <c>employed, retired, or in Chinese 在职, 在职人员, …</c>.</summary>
    private static string Spellings(Type enumType)
    {
        var members = DomainVocabulary.Members(enumType).ToList();
        var chinese = members.SelectMany(DomainVocabulary.ChineseNames).ToList();
        return string.Join(", ", members.Select(DomainVocabulary.CsvName)) + (chinese.Count > 0 ? ", or in Chinese " + string.Join(", ", chinese) : "");
    }
}
