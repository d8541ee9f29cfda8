namespace PolicyDsl.Compilation.CSharp;

/// <summary>C# spellings of policy names and types.</summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
        "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte",
        "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    /// <summary>
    /// Names the emitted class itself uses. A policy name that equals one (or the class's own name)
    /// gets a trailing underscore, so a let called <c>input</c> or <c>Eligible</c> still compiles.
    /// </summary>
    private static readonly HashSet<string> Taken =
    [
        "input", "parameters", "index", "Math", "DateOnly", "Input", "Parameters", "Eligible", "Deductible", "Ratio", "Cap", "Account",
        "HasAccount", "HasRatio", "HasCap", "HasFund", "Fund", "TotalCounts", "Figures", "Let", "CapTo", "Bands", "Func", "Array",
        "Excludes", "ExclusionReasons", "Settle", "InForceFrom", "InForceUntil", "Unstated", "Missing", "MissingInput", "NoValue",
        "Lesser", "Greater", "Error", "System", "String", "InvalidOperationException", "ArgumentOutOfRangeException", "MidpointRounding",
        "HospitalLevel", "InsuredStatus", "Scheme", "Channel", "Place", "T", "ArgumentException", "value__", "IComparable",
        "PersonState", "CarriedTotal", "Settlement", "SettlementException", "SettleClaim", "YearTotals", "Counted", "TotalPeriods", "TotalSlots",
        "TotalNames", "TotalKey", "StringComparer",
    ];

    /// <summary>
    /// C#'s contextual keywords (some cannot name a type: <c>extension</c>, <c>record</c>, <c>var</c>), the
    /// names it reserves without calling them keywords (<c>__arglist</c> and its kin), and <c>nameof</c>,
    /// read as an operator when called: all escaped like the class's own names.
    /// </summary>
    private static readonly HashSet<string> Hazards =
    [
        "__arglist", "__makeref", "__refvalue", "__reftype", "Enums",
        "add", "allows", "alias", "and", "ascending", "args", "async", "await", "by", "descending", "dynamic", "equals", "extension", "field",
        "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed", "nameof", "nint", "not", "notnull", "nuint", "on",
        "or", "orderby", "partial", "record", "remove", "required", "scoped", "select", "set", "unmanaged", "value", "var", "when", "where",
        "with", "yield",
    ];

    /// <summary>
    /// A policy name as a C# identifier (Chinese names are valid C# identifiers as they are). Different
    /// policy names always give different identifiers: a name the class reserves gets a trailing
    /// underscore, and so does every name that already ends in one (<c>Settle</c> → <c>Settle_</c>,
    /// <c>Settle_</c> → <c>Settle__</c>), so no escaped name can meet a name written as it is. Names are
    /// at most <see cref="Limits.MaxNameLength"/> characters (the checker sees to it), well inside C#'s 1,023 UTF-8 bytes.
    /// </summary>
    public static string Identifier(string name)
    {
        if (Keywords.Contains(name)) return "@" + name;
        var escape = Taken.Contains(name) || Hazards.Contains(name) || name.EndsWith('_') || name.EndsWith("Policy", StringComparison.Ordinal);
        return escape ? name + "_" : name;
    }

    private static readonly HashSet<string> RecordMembers = ["Equals", "GetHashCode", "ToString", "Deconstruct", "EqualityContract", "PrintMembers", "GetType", "MemberwiseClone", "Finalize", "Totals", "Result", "PersonId"];

    /// <summary>
    /// The emitted name of an enumeration: the prelude's as they are, a policy's own through
    /// <see cref="Identifier"/> (an <c>enum Input</c> or <c>enum Settle</c> must not meet the class's members),
    /// nested in a class <c>Enums</c>, a name no policy name becomes, so that a parameter, property or
    /// local named like the enumeration cannot hide it.
    /// </summary>
    public static string EnumName(Type enumType) =>
        Domain.DomainVocabulary.EnumTypes.Contains(enumType) ? enumType.Name : DeclaredEnumClass + "." + Identifier(enumType.Name);

    /// <summary>The nested class that holds a policy's own enumerations.</summary>
    public const string DeclaredEnumClass = "Enums";

    /// <summary>
    /// The emitted <c>Input</c> property of an input the policy declares. Declared names never equal a
    /// prelude input's (the checker sees to it), so they cannot meet the prelude's PascalCase properties.
    /// </summary>
    public static string DeclaredInput(string name)
    {
        var identifier = Identifier(name);
        return RecordMembers.Contains(identifier) ? identifier + "_" : identifier;
    }

    /// <summary>The member name behind <see cref="Identifier"/> (without a verbatim '@').</summary>
    public static string MemberName(string name) => Identifier(name).TrimStart('@');

    /// <summary>The emitted class name for a policy file name: xiangtan → XiangtanPolicy.</summary>
    public static string ClassName(string policyId)
    {
        var letters = new string(policyId.Where(char.IsLetterOrDigit).ToArray());
        if (letters.Length == 0 || !char.IsLetter(letters[0])) letters = "P" + letters;
        return char.ToUpperInvariant(letters[0]) + letters[1..] + "Policy";
    }

    public static string Type(Semantics.Types.PolicyType type) => type switch
    {
        Semantics.Types.PrimitiveType { Kind: Semantics.Types.PrimitiveKind.Int } => "int",
        Semantics.Types.PrimitiveType { Kind: Semantics.Types.PrimitiveKind.Bool } => "bool",
        Semantics.Types.PrimitiveType { Kind: Semantics.Types.PrimitiveKind.Date } => "DateOnly",
        Semantics.Types.PrimitiveType { Kind: Semantics.Types.PrimitiveKind.Text } => "string",
        Semantics.Types.EnumType e => EnumName(e.Enum),
        _ => "decimal",
    };

    /// <summary>A C# string literal; every character that could end a line or the literal is escaped.</summary>
    public static string Literal(string text) =>
        "\"" + string.Concat(text.Select(c => c switch
        {
            '\\' => "\\\\",
            '"' => "\\\"",
            _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' || Syntax.Lexical.CharClass.IsBidiControl(c) => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        })) + "\"";

    /// <summary>
    /// Text for a // or /* */ comment, the one escaper of everything that reaches emitted C# outside a
    /// string literal (paths, titles, citations, docs): on one line, unable to close the comment, and
    /// with bidirectional controls shown as &lt;U+202E&gt; rather than reordering the code around them.
    /// </summary>
    public static string Comment(string text) =>
        string.Concat(text.Select(c => Syntax.Lexical.CharClass.IsBidiControl(c) ? $"<U+{(int)c:X4}>"
            : char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? " " : c.ToString())).Replace("*/", "* /");
}
