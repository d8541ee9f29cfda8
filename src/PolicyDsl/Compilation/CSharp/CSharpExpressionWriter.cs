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
            BoundValue v => $"{CSharpNames.Identifier(v.Value.Name)}<{type}>({Input}, {Parameters})",
            BoundCall c => WriteCall(c, type),
            BoundBinary b => WriteAs(b.Left.Type is UnstatedType ? b.Left : b.Right, type),
            BoundMinMax m => WriteAs(m.Left.Type is UnstatedType ? m.Left : m.Right, type),
            _ => throw new InvalidOperationException(expr.GetType().Name),
        };
    }

    private static string WriteTyped(BoundExpr expr) => expr switch
    {
        BoundLiteral l => Literal(l.Value),
        BoundInput { Input.TotalIndex: { } total } i => i.Input.Type == PolicyTypes.Int ? $"(int){Input}.Totals[{total}]" : $"{Input}.Totals[{total}]",
        BoundInput { Input.Builtin: { } field } => $"{Input}.{InputMember(field)}",
        BoundBands b => WriteBands(b),
        BoundCapped c => WriteCapped(c),
        BoundInput i => $"({Input}.{CSharpNames.DeclaredInput(i.Input.Name)} ?? {(i.Input.Default is { } d ? Literal(d) : $"MissingInput<{CSharpNames.Type(i.Input.Type)}>({CSharpNames.Literal(i.Input.QualifiedName)})")})",
        BoundParameter p => $"({Parameters}.{CSharpNames.Identifier(p.Parameter.Name)} ?? Missing<{CSharpNames.Type(p.Parameter.Type)}>({CSharpNames.Literal(p.Parameter.Name)}))",
        BoundValue v => $"{CSharpNames.Identifier(v.Value.Name)}({Input}, {Parameters})",
        BoundLocal l => CSharpNames.Identifier(l.Local.Name),
        BoundCall c => WriteCall(c, CSharpNames.Type(c.Type)),
        BoundMinMax m => WriteMinMax(m),
        BoundUnary u => u.Operator == UnaryOperator.Not ? $"!({WriteTyped(u.Operand)})" : u.Type == PolicyTypes.Int ? $"checked(-({WriteTyped(u.Operand)}))" : $"-({WriteTyped(u.Operand)})",
        BoundBinary b => WriteBinary(b),
        BoundIntToDecimal c => $"(decimal){WriteTyped(c.Operand)}",
        BoundDatePart d => $"{WriteTyped(d.Date)}.{d.Part}",
        BoundIf i => $"({WriteAs(i.Condition, "bool")} ? {WriteAs(i.Then, CSharpNames.Type(i.Type))} : {WriteAs(i.Else, CSharpNames.Type(i.Type))})",
        BoundMatch m => WriteMatch(m, CSharpNames.Type(m.Type)),
        BoundDated d => WriteDated(d, CSharpNames.Type(d.Type)),
        BoundCited c => $"/* @ {Comment(c.Citation.Text)} */ {WriteTyped(c.Inner)}",
        _ => throw new InvalidOperationException($"the checker should have removed {expr.GetType().Name}"),
    };

    private static string Comment(string text) => CSharpNames.Comment(text);

    public static string Literal(object value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => $"new DateOnly({d.Year}, {d.Month}, {d.Day})",
        string s => CSharpNames.Literal(s),
        Enum e => $"{e.GetType().Name}.{e}",
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
        InputField.YearFundPaid => "FundPaid",
        InputField.YearDeductibleMet => "DeductibleMet",
        InputField.YearDeductibleMetAtLevel => "DeductibleMetAtLevel",
        InputField.ResultEligible => "Result.Eligible",
        InputField.ResultDeductible => "Result.Deductible",
        InputField.ResultRatio => "Result.Ratio",
        InputField.ResultCap => "Result.Cap",
        _ => throw new InvalidOperationException($"{field} is not an input of rules"),
    };

    /// <summary><c>Bands(input, base, after, new[] { edges }, new[] { ratios })</c>: the emitted class's copy of <see cref="BenefitShapes.Bands"/>.</summary>
    private static string WriteBands(BoundBands bands)
    {
        var edges = string.Join(", ", bands.Bands.Where(b => b.UpTo is not null).Select(b => WriteAs(b.UpTo!, "decimal")));
        var ratios = string.Join(", ", bands.Bands.Select(b => WriteAs(b.Ratio, "decimal")));
        return $"Bands({WriteAs(bands.Base, "decimal")}, {WriteAs(bands.After, "decimal")}, new decimal[] {{ {edges} }}, new decimal[] {{ {ratios} }})";
    }

    /// <summary>The value once, then <c>CapTo</c> where the cap applies (its limit evaluated only there).</summary>
    private static string WriteCapped(BoundCapped capped)
    {
        var cited = capped.Citations.Count > 0 ? $"/* @ {Comment(string.Join(", ", capped.Citations.Select(c => c.Text)))} */ " : "";
        // Policy names never end in '__', so the lambda's parameter cannot hide one of theirs.
        var value = $"capped{capped.Id}__";
        var apply = $"{cited}CapTo({Input}, {value}, {WriteAs(capped.Limit, "decimal")}, {(capped.Against is { } a ? WriteAs(a, "decimal") : "0m")})";
        var body = capped.When is { } when ? $"({WriteAs(when, "bool")} ? {apply} : {value})" : apply;
        return $"Let({WriteAs(capped.Value, "decimal")}, {value} => {body})";
    }

    private static string WriteCall(BoundCall call, string type)
    {
        var arguments = call.Function.Parameters.Select((p, i) => WriteAs(call.Arguments[i], CSharpNames.Type(p.Type)));
        var generic = call.Function.ReturnType is UnstatedType ? $"<{type}>" : "";
        return $"{CSharpNames.Identifier(call.Function.Name)}{generic}({string.Join(", ", arguments.Prepend(Parameters).Prepend(Input))})";
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
