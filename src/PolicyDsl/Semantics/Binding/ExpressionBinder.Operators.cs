using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

internal sealed partial class ExpressionBinder
{
    private BoundExpr BindUnary(UnaryExpr unary)
    {
        var operand = Bind(unary.Operand);
        if (PolicyTypes.IsWildcard(operand.Type)) return operand;
        if (OperatorTyping.UnaryResultType(unary.Operator, operand.Type) is null)
        {
            Diagnostics.Report(DiagnosticCatalogue.UnaryTypeMismatch, unary.OperatorSpan, OperatorTyping.Symbol(unary.Operator), operand.Type);
            return new BoundError(unary.Span);
        }
        return unary.Operator == UnaryOperator.Plus ? operand : new BoundUnary(unary.Operator, operand, unary.Span);
    }

    private BoundExpr BindBinary(BinaryExpr binary)
    {
        var left = Bind(binary.Left);
        var right = Bind(binary.Right);
        if (left.Type is ErrorType || right.Type is ErrorType) return new BoundError(binary.Span);
        if (left.Type is UnstatedType || right.Type is UnstatedType)
        {
            // Evaluating the unstated side stops with its reason; the type is what the other side implies.
            var known = left.Type is UnstatedType ? right.Type : left.Type;
            if (known is RecordType)
            {
                Diagnostics.Report(DiagnosticCatalogue.OperatorTypeMismatch, binary.OperatorSpan, OperatorTyping.Symbol(binary.Operator), left.Type, right.Type);
                return new BoundError(binary.Span);
            }
            var type = known is UnstatedType ? known : OperatorTyping.ResultType(binary.Operator, known, known) ?? known;
            return new BoundBinary(binary.Operator, left, right, type, binary.Span);
        }
        if (OperatorTyping.ResultType(binary.Operator, left.Type, right.Type) is not { } result)
        {
            var symbol = OperatorTyping.Symbol(binary.Operator);
            if (OperatorTyping.Hint(binary.Operator, left.Type, right.Type) is { } hint)
            {
                Diagnostics.ReportWithHint(DiagnosticCatalogue.OperatorTypeMismatch, binary.OperatorSpan, hint, symbol, left.Type, right.Type);
            }
            else
            {
                Diagnostics.Report(DiagnosticCatalogue.OperatorTypeMismatch, binary.OperatorSpan, symbol, left.Type, right.Type);
            }
            return new BoundError(binary.Span);
        }
        // Int meets decimal only in Money*Int, Int*Money, Points*Int and Money/Int: widen the Int.
        if (left.Type == PolicyTypes.Int && right.Type != PolicyTypes.Int) left = new BoundIntToDecimal(left, right.Type);
        if (right.Type == PolicyTypes.Int && left.Type != PolicyTypes.Int) right = new BoundIntToDecimal(right, left.Type);
        return new BoundBinary(binary.Operator, left, right, result, binary.Span);
    }

    private BoundExpr BindIf(IfExpr @if)
    {
        var condition = Bind(@if.Condition);
        if (condition.Type != PolicyTypes.Bool && !PolicyTypes.IsWildcard(condition.Type))
        {
            Diagnostics.Report(DiagnosticCatalogue.ConditionNotBool, @if.Condition.Span, condition.Type);
        }
        var whenTrue = Bind(@if.Then);
        var whenFalse = Bind(@if.Else);
        if (@if.Else is CitedExpr lastCited && Uncited([whenTrue])) WarnLastBranchCitation(lastCited, "branch (else)", "if");
        var type = Unify(Unify(PolicyTypes.Unstated, whenTrue), whenFalse);
        return new BoundIf(condition, whenTrue, whenFalse, type, @if.Span);
    }
}
