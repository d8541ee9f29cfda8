namespace PolicyDsl.Compilation.CSharp;

/// <summary>C# spellings of policy names and types.</summary>
public static class CSharpNames
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
    ];

    /// <summary>A policy name as a C# identifier (Chinese names are valid C# identifiers as they are).</summary>
    public static string Identifier(string name) =>
        Keywords.Contains(name) ? "@" + name : Taken.Contains(name) || name.EndsWith("Policy", StringComparison.Ordinal) ? name + "_" : name;

    private static readonly HashSet<string> RecordMembers = ["Equals", "GetHashCode", "ToString", "Deconstruct", "EqualityContract", "PrintMembers", "GetType", "MemberwiseClone", "Finalize", "Totals", "Result"];

    /// <summary>
    /// The emitted name of an enumeration: the prelude's as they are, a policy's own through
    /// <see cref="Identifier"/> (an <c>enum Input</c> or <c>enum Settle</c> must not meet the class's members).
    /// </summary>
    public static string EnumName(Type enumType) =>
        Domain.DomainVocabulary.EnumTypes.Contains(enumType) ? enumType.Name : Identifier(enumType.Name);

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
