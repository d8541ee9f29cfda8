using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
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
        var groupName = ((NameExpr)ordered.Field.Target).Name;
        var fieldText = $"{groupName}.{ordered.Field.Member}";
        var field = InputSchema.Groups.TryGetValue(groupName, out var group) ? context.Inputs.Find(group, ordered.Field.Member) : null;
        // Only what a claims file says can be varied: claim and person inputs that are enumerations or Bool.
        if (field is null || field.Group is not (InputGroup.Claim or InputGroup.Person) || (field.Type is not EnumType && field.Type != PolicyTypes.Bool))
        {
            context.Diagnostics.Report(DiagnosticCatalogue.OrderedField, ordered.Field.Span, fieldText);
            return null;
        }
        var lower = Value(ordered.Lower, field.Type, context);
        var higher = Value(ordered.Higher, field.Type, context);
        if (lower is null || higher is null) return null;
        var citations = ordered.Citations.Select(context.AddCitation).ToList();
        return new OrderedInvariant(ordered.Name, field, lower, higher, citations, ordered.Span);
    }

    private static object? Value(Pattern pattern, PolicyType type, BindingContext context)
    {
        object? value = pattern switch
        {
            NamePattern name => context.LookupMember(name.Name) is { } member && context.TypeOf(member) == type ? member : null,
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
