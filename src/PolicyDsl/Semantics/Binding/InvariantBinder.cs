using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>Checks the invariants a policy declares about its own results.</summary>
internal static class InvariantBinder
{
    public static List<Invariant> Bind(PolicyFile file, BindingContext context)
    {
        var invariants = new List<Invariant>();
        foreach (var declaration in file.Declarations)
        {
            switch (declaration)
            {
                case InvariantDeclaration claim:
                    var condition = new ExpressionBinder(context).Bind(claim.Condition);
                    if (condition.Type != PolicyTypes.Bool && !PolicyTypes.IsWildcard(condition.Type))
                    {
                        context.Diagnostics.Report(DiagnosticCatalogue.InvariantNotBool, claim.Condition.Span, condition.Type);
                    }
                    var cited = BoundTree.Reachable([condition]).OfType<BoundCited>().Select(c => c.Citation).Distinct().OrderBy(c => c.Span.Start).ToList();
                    invariants.Add(new ClaimInvariant(claim.Name, condition, cited, claim.Span));
                    break;
                case OrderedInvariantDeclaration ordered when BindOrdered(ordered, context) is { } bound:
                    invariants.Add(bound);
                    break;
            }
        }
        return invariants;
    }

    private static OrderedInvariant? BindOrdered(OrderedInvariantDeclaration ordered, BindingContext context)
    {
        var fieldText = $"{((NameExpr)ordered.Field.Target).Name}.{ordered.Field.Member}";
        var field = InputFields.Records.GetValueOrDefault(((NameExpr)ordered.Field.Target).Name)?.GetValueOrDefault(ordered.Field.Member);
        var type = field is { } f ? InputFields.TypeOf(f) : null;
        if (field is null || InputFields.IsResult(field.Value) || field.Value >= InputField.YearFundPaid || (type is not EnumType && type != PolicyTypes.Bool))
        {
            context.Diagnostics.Report(DiagnosticCatalogue.OrderedField, ordered.Field.Span, fieldText);
            return null;
        }
        var lower = Value(ordered.Lower, type!, context);
        var higher = Value(ordered.Higher, type!, context);
        if (lower is null || higher is null) return null;
        var citations = ordered.Citations.Select(context.AddCitation).ToList();
        return new OrderedInvariant(ordered.Name, field.Value, lower, higher, citations, ordered.Span);
    }

    private static object? Value(Pattern pattern, PolicyType type, BindingContext context)
    {
        object? value = pattern switch
        {
            NamePattern name => DomainVocabulary.Lookup(name.Name) is { } member && PolicyTypes.ForEnum(member.GetType()) == type ? member : null,
            LiteralPattern { Literal: BoolLiteral b } when type == PolicyTypes.Bool => b.Value,
            _ => null,
        };
        if (value is null)
        {
            var text = pattern switch { NamePattern n => n.Name, LiteralPattern { Literal: BoolLiteral b } => b.Value ? "true" : "false", _ => "?" };
            context.Diagnostics.Report(DiagnosticCatalogue.OrderedValue, pattern.Span, text, type);
        }
        return value;
    }
}
