using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Catalogue;

/// <summary>
/// One figure a policy states (一项政策标准): a deductible, a ratio, a cap, an uplift, an account rate; or a
/// figure it leaves to a param, or one the notice does not state at all. With the rule it shapes, the
/// conditions it holds under, the dates it holds, and the articles behind it.
/// </summary>
/// <param name="Rule">The rule (or <c>let</c>) the figure is written in: <c>deductible</c>, <c>levelDeductible</c>.</param>
/// <param name="Value">The figure (decimal yuan, ratio or points, by <paramref name="Type"/>); null for a param or an unstated one.</param>
/// <param name="Parameter">The param the figure is left to, if it is.</param>
/// <param name="Unstated">Why the notice gives no figure, for an <c>unstated</c>.</param>
/// <param name="Conditions">Where it applies: <c>claim.level = Level2</c>, <c>person.status = Retired</c>; empty when always.</param>
internal sealed record StatedFigure(string Rule, object? Value, PolicyType Type, string? Parameter, string? Unstated, IReadOnlyList<string> Conditions,
    DateOnly? From, DateOnly? Until, IReadOnlyList<string> Citations, int Line);

/// <summary>
/// Lists every figure of a policy's rules, walking each rule into the lets and functions it uses (once per
/// rule), so an analyst can compare cities' rules rather than results (<c>policy values</c>).
/// </summary>
internal static class StatedFigures
{
    public static IReadOnlyList<StatedFigure> Of(CheckedPolicy policy)
    {
        var figures = new List<StatedFigure>();
        var rules = new (string Name, BoundExpr? Rule)[]
        {
            ("eligible", policy.Rules.Eligible), ("deductible", policy.Rules.Deductible), ("ratio", policy.Rules.Ratio),
            ("cap", policy.Rules.Cap), ("fund", policy.Rules.Fund), ("account", policy.Rules.Account),
        };
        foreach (var (name, rule) in rules)
        {
            if (rule is not null) new Walk(policy, name, figures).Visit(rule, [], [], null, null);
        }
        return figures;
    }

    private sealed class Walk(CheckedPolicy policy, string rule, List<StatedFigure> figures)
    {
        // A let used under several conditions is listed under each; functions that call each other twice could
        // double that per level, so a rule's walk stops after this many nodes (far beyond any notice's).
        private int _budget = 20_000;

        public void Visit(BoundExpr node, List<string> conditions, List<string> citations, DateOnly? from, DateOnly? until)
        {
            if (--_budget < 0) return;
            switch (node)
            {
                case BoundLiteral { Value: decimal } literal when literal.Type is PrimitiveType { Kind: PrimitiveKind.Money or PrimitiveKind.Ratio or PrimitiveKind.Points }:
                    Add(literal.Value, literal.Type, null, null, literal.Span.Start);
                    break;
                case BoundParameter p when p.Type is PrimitiveType { Kind: PrimitiveKind.Money or PrimitiveKind.Ratio or PrimitiveKind.Points }:
                    Add(null, p.Type, p.Parameter.Name, null, p.Span.Start);
                    break;
                case BoundUnstated u:
                    Add(null, u.Type, null, u.Reason, u.Span.Start);
                    break;
                case BoundCited c:
                    Visit(c.Inner, conditions, [.. citations, c.Citation.Text], from, until);
                    break;
                case BoundMatch m:
                    var subject = Describe(m.Scrutinee);
                    var taken = new List<string>();
                    foreach (var arm in m.Arms)
                    {
                        var values = arm.Values.Select(v => v.ToString()!).ToList();
                        var condition = arm.IsWildcard ? (taken.Count == 0 ? null : $"{subject} not {string.Join(" | ", taken)}") : $"{subject} = {string.Join(" | ", values)}";
                        taken.AddRange(values);
                        Visit(arm.Body, condition is null ? conditions : [.. conditions, condition], citations, from, until);
                    }
                    break;
                case BoundIf i:
                    var test = Describe(i.Condition);
                    Visit(i.Then, [.. conditions, test], citations, from, until);
                    Visit(i.Else, [.. conditions, $"not ({test})"], citations, from, until);
                    break;
                case BoundDated d:
                    foreach (var branch in d.Branches) Visit(branch.Value, conditions, citations, branch.From ?? from, branch.Until ?? until);
                    break;
                case BoundCapped c:
                    Visit(c.Value, conditions, citations, from, until);
                    var capCitations = citations.Concat(c.Citations.Select(x => x.Text)).ToList();
                    var when = c.When is { } w ? [.. conditions, Describe(w)] : conditions;
                    Visit(c.Limit, when, capCitations, from, until);
                    break;
                case BoundValue v:
                    Visit(v.Value.Body, conditions, citations, from, until);
                    break;
                case BoundCall call:
                    foreach (var argument in call.Arguments) Visit(argument, conditions, citations, from, until);
                    Visit(call.Function.Body, conditions, citations, from, until);
                    break;
                default:
                    foreach (var child in BoundTree.Children(node)) Visit(child, conditions, citations, from, until);
                    break;
            }

            void Add(object? value, PolicyType type, string? parameter, string? unstated, int position) => figures.Add(new StatedFigure(
                rule, value, type, parameter, unstated, conditions.ToList(), from, until, citations.Distinct().ToList(),
                policy.Source.GetPosition(position).Line));
        }

        /// <summary>A condition as the file reads, for simple ones; others by their line.</summary>
        private string Describe(BoundExpr condition) => condition switch
        {
            BoundCited c => Describe(c.Inner),
            BoundInput i => i.Input.QualifiedName,
            BoundLocal l => l.Local.Name,
            BoundValue v => v.Value.Name,
            BoundParameter p => p.Parameter.Name,
            BoundLiteral { Value: var value } => value.ToString() ?? "",
            BoundBinary b when b.Operator is not (BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide) => $"{Describe(b.Left)} {Binding.OperatorTyping.Symbol(b.Operator)} {Describe(b.Right)}",
            BoundUnary { Operator: UnaryOperator.Not } u => $"not ({Describe(u.Operand)})",
            _ => $"the condition at line {policy.Source.GetPosition(condition.Span.Start).Line}",
        };
    }
}
