using System.Globalization;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Compilation.CSharp;

/// <summary>
/// Writes one checked expression as a C# expression over <c>input</c> and <c>parameters</c>. Let
/// values and functions become calls to the methods the emitter writes for them; citations become
/// comments; an unstated value becomes a call that throws with its reason.
/// </summary>
internal static class CSharpExpressionWriter
{
    public const string Input = "input";
    public const string Parameters = "parameters";

    /// <summary>
    /// The let values of one rule's evaluation, each computed at most once as in the expression trees
    /// (a chain of lets that each use the one before twice would otherwise double per let). '‿' is no
    /// letter, digit or '_', so no policy name can be these.
    /// </summary>
    public const string Lets = "lets‿";
    public const string LetsType = "Lets‿";

    /// <summary>The field of <see cref="LetsType"/> that caches a let value.</summary>
    public static string LetField(string name) => CSharpNames.Identifier(name).TrimStart('@') + "‿";

    public static string Write(BoundExpr expr) => WriteAs(expr, expr.Type is UnstatedType ? "decimal" : CSharpNames.Type(expr.Type));

    /// <summary>An unstated expression takes the type its context needs, as in the expression-tree compiler.</summary>
    public static string WriteAs(BoundExpr expr, string type)
    {
        if (expr.Type is not UnstatedType) return WriteTyped(expr);
        return expr switch
        {
            BoundUnstated u => $"Unstated<{type}>({CSharpNames.Literal(u.Reason)})",
            BoundIf i => $"({WriteAs(i.Condition, "bool")} ? {WriteAs(i.Then, type)} : {WriteAs(i.Else, type)})",
            BoundCited c => $"/* @ {Comment(c.Citation.Text)} */ {WriteAs(c.Inner, type)}",
            BoundMatch m => WriteMatch(m, type),
            BoundDated d => WriteDated(d, type),
            BoundValue v => $"{CSharpNames.Identifier(v.Value.Name)}<{type}>({Input}, {Parameters}, {Lets})",
            BoundCall c => WriteCall(c, type),
            BoundBinary b => WriteAs(b.Left.Type is UnstatedType ? b.Left : b.Right, type),
            BoundMinMax m => WriteAs(m.Left.Type is UnstatedType ? m.Left : m.Right, type),
            _ => throw new InvalidOperationException(expr.GetType().Name),
        };
    }

    private static string WriteTyped(BoundExpr expr) => expr.Accept(Typed.Instance);

    /// <summary>The C# of each kind of checked expression whose type is known.</summary>
    private sealed class Typed : IBoundVisitor<string>
    {
        public static readonly Typed Instance = new();

        public string Visit(BoundLiteral node) => Literal(node.Value);

        public string Visit(BoundInput node) => node.Input switch
        {
            { TotalIndex: { } total } => node.Input.Type == PolicyTypes.Int ? $"(int){Input}.Totals[{total}]" : $"{Input}.Totals[{total}]",
            { Builtin: { } field } => $"{Input}.{InputMember(field)}",
            _ => $"({Input}.{CSharpNames.DeclaredInput(node.Input.Name)} ?? {(node.Input.Default is { } d ? Literal(d) : $"MissingInput<{CSharpNames.Type(node.Input.Type)}>({CSharpNames.Literal(node.Input.QualifiedName)})")})",
        };

        public string Visit(BoundParameter node) =>
            $"({Parameters}.{CSharpNames.Identifier(node.Parameter.Name)} ?? Missing<{CSharpNames.Type(node.Parameter.Type)}>({CSharpNames.Literal(node.Parameter.Name)}))";

        public string Visit(BoundValue node) => $"{CSharpNames.Identifier(node.Value.Name)}({Input}, {Parameters}, {Lets})";
        public string Visit(BoundLocal node) => CSharpNames.Identifier(node.Local.Name);
        public string Visit(BoundCall node) => WriteCall(node, CSharpNames.Type(node.Type));
        public string Visit(BoundMinMax node) => WriteMinMax(node);

        public string Visit(BoundUnary node) => node.Operator == UnaryOperator.Not ? $"!({WriteTyped(node.Operand)})"
            : node.Type == PolicyTypes.Int ? $"checked(-({WriteTyped(node.Operand)}))" : $"-({WriteTyped(node.Operand)})";

        public string Visit(BoundBinary node) => WriteBinary(node);
        public string Visit(BoundIntToDecimal node) => $"(decimal){WriteTyped(node.Operand)}";
        public string Visit(BoundDatePart node) => $"{WriteTyped(node.Date)}.{node.Part}";

        public string Visit(BoundIf node) =>
            $"({WriteAs(node.Condition, "bool")} ? {WriteAs(node.Then, CSharpNames.Type(node.Type))} : {WriteAs(node.Else, CSharpNames.Type(node.Type))})";

        public string Visit(BoundMatch node) => WriteMatch(node, CSharpNames.Type(node.Type));
        public string Visit(BoundDated node) => WriteDated(node, CSharpNames.Type(node.Type));
        public string Visit(BoundCited node) => $"/* @ {Comment(node.Citation.Text)} */ {WriteTyped(node.Inner)}";
        public string Visit(BoundBands node) => WriteBands(node);
        public string Visit(BoundCapped node) => WriteCapped(node);
        public string Visit(BoundUnstated node) => throw new InvalidOperationException("an unstated value is written with the type its context needs");
        public string Visit(BoundRecord node) => throw new InvalidOperationException("the checker should have removed a record");
        public string Visit(BoundError node) => throw new InvalidOperationException("the checker should have stopped at an error");
    }

    private static string Comment(string text) => CSharpNames.Comment(text);

    public static string Literal(object value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => $"new DateOnly({d.Year}, {d.Month}, {d.Day})",
        string s => CSharpNames.Literal(s),
        Enum e => $"{CSharpNames.EnumName(e.GetType())}.{CSharpNames.Identifier(e.ToString())}",
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    public static string InputMember(InputField field) => field switch
    {
        InputField.ClaimAmount => "Amount",
        InputField.ClaimDate or InputField.Month => "Date",
        InputField.ClaimLevel => "Level",
        InputField.ClaimChannel => "Channel",
        InputField.ClaimPlace => "Place",
        InputField.ClaimDesignated => "Designated",
        InputField.ClaimInpatient => "Inpatient",
        InputField.PersonStatus => "Status",
        InputField.PersonAge => "Age",
        InputField.PersonScheme => "Scheme",
        InputField.PersonOldWorker => "OldWorker",
        InputField.PersonBase => "Base",
        InputField.ResultEligible => "Result.Eligible",
        InputField.ResultDeductible => "Result.Deductible",
        InputField.ResultRatio => "Result.Ratio",
        InputField.ResultCap => "Result.Cap",
        _ => throw new InvalidOperationException($"{field} is not an input of rules"),
    };

    /// <summary>
    /// The edges, then the emitted class's copy of <see cref="BenefitShapes.Split"/>, then each band's part at its
    /// ratio only where the part is above zero, as <see cref="BenefitShapes.Pay"/>.
    /// </summary>
    private static string WriteBands(BoundBands bands)
    {
        // '‿' cannot appear in a policy's names; the span start tells nested bands apart.
        var (edges, parts) = ($"edges‿{bands.Span.Start}", $"parts‿{bands.Span.Start}");
        var edgeValues = string.Join(", ", bands.Bands.Where(b => b.UpTo is not null).Select(b => WriteAs(b.UpTo!, "decimal")));
        var paid = string.Join(" + ", bands.Bands.Select((b, i) => $"({parts}[{i}] > 0m ? {parts}[{i}] * {WriteAs(b.Ratio, "decimal")} : 0m)"));
        return $"With(new decimal[] {{ {edgeValues} }}, {edges} => With(Split({WriteAs(bands.Base, "decimal")}, {WriteAs(bands.After, "decimal")}, {edges}), {parts} => {paid}))";
    }

    /// <summary>The value once, then <c>CapTo</c> where the cap applies (its limit evaluated only there).</summary>
    private static string WriteCapped(BoundCapped capped)
    {
        var cited = capped.Citations.Count > 0 ? $"/* @ {Comment(string.Join(", ", capped.Citations.Select(c => c.Text)))} */ " : "";
        // '‿' (a connector C# allows in names) is no letter, digit or '_', so no policy name can be this one.
        var value = $"capped‿{capped.Id}";
        var apply = $"{cited}CapTo({Input}, {value}, {WriteAs(capped.Limit, "decimal")}, {(capped.Against is { } a ? WriteAs(a, "decimal") : "0m")}, {capped.Id})";
        var body = capped.When is { } when ? $"({WriteAs(when, "bool")} ? {apply} : {value})" : apply;
        return $"Let({WriteAs(capped.Value, "decimal")}, {value} => {body})";
    }

    private static string WriteCall(BoundCall call, string type)
    {
        var arguments = call.Function.Parameters.Select((p, i) => WriteAs(call.Arguments[i], CSharpNames.Type(p.Type)));
        var generic = call.Function.ReturnType is UnstatedType ? $"<{type}>" : "";
        return $"{CSharpNames.Identifier(call.Function.Name)}{generic}({string.Join(", ", arguments.Prepend(Lets).Prepend(Parameters).Prepend(Input))})";
    }

    private static string WriteMinMax(BoundMinMax minMax)
    {
        var type = CSharpNames.Type(minMax.Type);
        var (left, right) = (WriteAs(minMax.Left, type), WriteAs(minMax.Right, type));
        return type is "decimal" or "int"
            ? $"Math.{(minMax.IsMax ? "Max" : "Min")}({left}, {right})"
            : $"{(minMax.IsMax ? "Greater" : "Lesser")}({left}, {right})";
    }

    private static string WriteBinary(BoundBinary binary)
    {
        var operandType = CSharpNames.Type(binary.Left.Type is UnstatedType ? binary.Right.Type : binary.Left.Type);
        var (left, right) = (WriteAs(binary.Left, operandType), WriteAs(binary.Right, operandType));
        var op = binary.Operator switch
        {
            BinaryOperator.Equal => "==",
            BinaryOperator.NotEqual => "!=",
            _ => Semantics.Binding.OperatorTyping.Symbol(binary.Operator),
        };
        var text = $"({left} {op} {right})";
        return operandType == "int" && binary.Operator is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply ? $"checked{text}" : text;
    }

    private static string WriteMatch(BoundMatch match, string type)
    {
        var arms = match.Arms.Select(a => a.IsWildcard
            ? $"_ => {WriteAs(a.Body, type)}"
            : $"{string.Join(" or ", a.Values.Select(Literal))} => {WriteAs(a.Body, type)}").ToList();
        // The checker proved the match exhaustive; C# cannot see that for enums (it can for Bool, and
        // would then call a wildcard arm unreachable), so say so for enums and numbers only.
        if (match.Arms.All(a => !a.IsWildcard) && match.Scrutinee.Type != PolicyTypes.Bool)
        {
            arms.Add($"_ => throw new InvalidOperationException(\"no match arm applies\")");
        }
        return $"({WriteTyped(match.Scrutinee)} switch {{ {string.Join(", ", arms)} }})";
    }

    private static string WriteDated(BoundDated dated, string type)
    {
        var first = dated.Branches[0];
        var start = first.From ?? Domain.Dates.Next(first.Until!.Value);
        var text = first.From is null
            ? $"({Input}.Date <= {Literal(first.Until!.Value)} ? {WriteAs(first.Value, type)} : NoValue<{type}>({Input}.Date, {Literal(start)}))"
            : $"NoValue<{type}>({Input}.Date, {Literal(start)})";
        foreach (var branch in dated.Branches.Where(b => b.From is not null))
        {
            text = $"({Input}.Date >= {Literal(branch.From!.Value)} ? {WriteAs(branch.Value, type)} : {text})";
        }
        return text;
    }
}
