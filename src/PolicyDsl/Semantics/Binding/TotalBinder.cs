using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// Checks <c>total</c> declarations: their symbols exist before any rule is bound (rules read
/// <c>total.NAME</c>), and their <c>where</c> conditions are bound with the rest, over claim and person only.
/// </summary>
internal static class TotalBinder
{
    private static readonly Dictionary<string, TotalQuantity> Quantities =
        Enum.GetValues<TotalQuantity>().ToDictionary(TotalKeys.QuantityName);

    private static readonly Dictionary<string, TotalPeriod> Periods = new()
    {
        ["year"] = TotalPeriod.Year,
        ["month"] = TotalPeriod.Month,
        ["day"] = TotalPeriod.Day,
    };

    public static List<(TotalDeclaration Syntax, InputSymbol Symbol, TotalQuantity Quantity, TotalPeriod Period)> Declare(PolicyFile file, BindingContext context)
    {
        var declared = new List<(TotalDeclaration, InputSymbol, TotalQuantity, TotalPeriod)>();
        foreach (var total in file.Declarations.OfType<TotalDeclaration>())
        {
            if (!Quantities.TryGetValue(total.Quantity, out var quantity))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.TotalShape, total.QuantitySpan, $"a total cannot sum '{total.Quantity}'");
                continue;
            }
            if (!Periods.TryGetValue(total.Period, out var period))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.TotalShape, total.PeriodSpan, $"a total starts again per year, month or day, not per '{total.Period}'");
                continue;
            }
            if (declared.FirstOrDefault(d => d.Item2.Name == total.Name) is { Item2: { } taken })
            {
                context.Diagnostics.Report(DiagnosticCatalogue.DuplicateDefinition, total.NameSpan, total.Name, context.Diagnostics.Source.GetPosition(taken.Span.Start).Line);
                continue;
            }
            var type = quantity == TotalQuantity.Count ? PolicyTypes.Int : PolicyTypes.Money;
            // The prelude's totals come first in every policy: a declared one's index follows them.
            var symbol = new InputSymbol(InputGroup.Total, total.Name, type, null, null, null, null, false, total.Description,
                total.Citations.Select(context.AddCitation).ToList(), total.NameSpan, Prelude.Totals.Count + declared.Count);
            declared.Add((total, symbol, quantity, period));
        }
        return declared;
    }

    /// <summary>The prelude's totals, then the declared ones, in the order of their indices.</summary>
    public static List<TotalDefinition> Bind(IEnumerable<(TotalDeclaration Syntax, InputSymbol Symbol, TotalQuantity Quantity, TotalPeriod Period)> totals, BindingContext context)
    {
        var definitions = new List<TotalDefinition>(Prelude.Totals);
        foreach (var (syntax, symbol, quantity, period) in totals)
        {
            BoundExpr? where = null;
            if (syntax.Where is { } condition)
            {
                where = new ExpressionBinder(context).Bind(condition);
                if (where.Type != PolicyTypes.Bool && !PolicyTypes.IsWildcard(where.Type))
                {
                    context.Diagnostics.Report(DiagnosticCatalogue.PartTypeMismatch, condition.Span, "a total's 'where'", PolicyTypes.Bool, where.Type);
                }
            }
            definitions.Add(new TotalDefinition(symbol, quantity, where, period, syntax.Key is { } key ? BindKey(key, context) : null, syntax.Span));
        }
        return definitions;
    }

    /// <summary>A total is kept by a claim or person input with a finite set of values: an enumeration or Bool.</summary>
    private static BoundExpr? BindKey(Expr key, BindingContext context)
    {
        var bound = new ExpressionBinder(context).Bind(key);
        if (PolicyTypes.IsWildcard(bound.Type)) return null;
        if (bound is BoundInput { Input.Group: InputGroup.Claim or InputGroup.Person } && TotalKeys.CanKey(bound.Type)) return bound;
        context.Diagnostics.Report(DiagnosticCatalogue.TotalShape, key.Span,
            $"a total is kept by a claim or person input that is an enumeration or Bool (claim.level, person.status), not by {(bound is BoundInput i ? $"{i.Input.QualifiedName} : {bound.Type}" : "an expression")}");
        return null;
    }
}
