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

    /// <summary>A policy name as a C# identifier (Chinese names are valid C# identifiers as they are).</summary>
    public static string Identifier(string name) => Keywords.Contains(name) ? "@" + name : name;

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
        Semantics.Types.EnumType e => e.Enum.Name,
        _ => "decimal",
    };

    public static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
