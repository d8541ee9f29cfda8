using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;
using static PolicyDsl.Semantics.Types.PolicyTypes;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// The typing rules of the operators: which operand types each accepts and what it gives. A ratio
/// plus points is a ratio; money times a ratio is money; money plus a ratio is an error.
/// </summary>
internal static class OperatorTyping
{
    private static readonly Dictionary<(BinaryOperator, PolicyType, PolicyType), PolicyType> Arithmetic = new()
    {
        [(BinaryOperator.Add, Money, Money)] = Money,
        [(BinaryOperator.Subtract, Money, Money)] = Money,
        [(BinaryOperator.Add, Ratio, Points)] = Ratio,
        [(BinaryOperator.Add, Points, Ratio)] = Ratio,
        [(BinaryOperator.Subtract, Ratio, Points)] = Ratio,
        [(BinaryOperator.Add, Points, Points)] = Points,
        [(BinaryOperator.Subtract, Points, Points)] = Points,
        [(BinaryOperator.Add, Int, Int)] = Int,
        [(BinaryOperator.Subtract, Int, Int)] = Int,
        [(BinaryOperator.Multiply, Int, Int)] = Int,
        [(BinaryOperator.Multiply, Money, Ratio)] = Money,
        [(BinaryOperator.Multiply, Ratio, Money)] = Money,
        [(BinaryOperator.Multiply, Money, Int)] = Money,
        [(BinaryOperator.Multiply, Int, Money)] = Money,
        [(BinaryOperator.Multiply, Ratio, Ratio)] = Ratio,
        [(BinaryOperator.Multiply, Ratio, Int)] = Ratio,
        [(BinaryOperator.Multiply, Int, Ratio)] = Ratio,
        [(BinaryOperator.Multiply, Points, Int)] = Points,
        [(BinaryOperator.Multiply, Int, Points)] = Points,
        [(BinaryOperator.Divide, Money, Int)] = Money,
        [(BinaryOperator.Divide, Money, Money)] = Ratio,
    };

    /// <summary>The result type, or null when the operator does not apply to these operands.</summary>
    public static PolicyType? ResultType(BinaryOperator op, PolicyType left, PolicyType right)
    {
        switch (op)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                return left == Bool && right == Bool ? Bool : null;
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                return left == right && left is not RecordType ? Bool : null;
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return left == right && IsOrdered(left) ? Bool : null;
            default:
                return Arithmetic.GetValueOrDefault((op, left, right));
        }
    }

    public static PolicyType? UnaryResultType(UnaryOperator op, PolicyType operand) => op switch
    {
        UnaryOperator.Not => operand == Bool ? Bool : null,
        _ => operand == Money || operand == Ratio || operand == Points || operand == Int ? operand : null,
    };

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "&&",
        _ => "||",
    };

    public static string Symbol(UnaryOperator op) => op switch
    {
        UnaryOperator.Negate => "-",
        UnaryOperator.Plus => "+",
        _ => "not",
    };

    /// <summary>A hint for the mistakes analysts make most with units.</summary>
    public static string? Hint(BinaryOperator op, PolicyType left, PolicyType right) => (op, left, right) switch
    {
        (BinaryOperator.Add or BinaryOperator.Subtract, PrimitiveType { Kind: PrimitiveKind.Ratio }, PrimitiveType { Kind: PrimitiveKind.Ratio }) =>
            "an uplift of a ratio is written in percentage points: 60% + 10pp",
        (_, PrimitiveType { Kind: PrimitiveKind.Money }, PrimitiveType { Kind: PrimitiveKind.Int })
            or (_, PrimitiveType { Kind: PrimitiveKind.Int }, PrimitiveType { Kind: PrimitiveKind.Money }) when op is not BinaryOperator.Multiply =>
            "write amounts of money with their unit: 300元",
        (_, PrimitiveType { Kind: PrimitiveKind.Ratio }, PrimitiveType { Kind: PrimitiveKind.Int })
            or (_, PrimitiveType { Kind: PrimitiveKind.Int }, PrimitiveType { Kind: PrimitiveKind.Ratio }) when op is not BinaryOperator.Multiply =>
            "write ratios with their unit: 60%",
        _ => null,
    };
}
