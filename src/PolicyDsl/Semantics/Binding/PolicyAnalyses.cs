using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// Whole-policy checks after binding: inputs used where they do not exist (a claim in the account
/// rule), definitions nothing uses, and rules that cite no article.
/// </summary>
internal static class PolicyAnalyses
{
    public static void Run(PolicyFile file, IReadOnlyDictionary<string, BoundExpr> rules, IReadOnlyList<Exclusion> exclusions,
        IReadOnlyList<Invariant> invariants, IReadOnlyList<ParameterSymbol> parameters, IReadOnlyList<TotalDefinition> totals, BindingContext context)
    {
        CheckInputAvailability(rules, exclusions, invariants, totals, context);
        ReportUnused(context);
        ReportMissingCitations(file, rules, exclusions, invariants, parameters, context);
    }

    private static void CheckInputAvailability(IReadOnlyDictionary<string, BoundExpr> rules, IReadOnlyList<Exclusion> exclusions,
        IReadOnlyList<Invariant> invariants, IReadOnlyList<TotalDefinition> totals, BindingContext context)
    {
        var reported = new HashSet<int>();
        void Check(IEnumerable<BoundExpr> roots, Func<InputSymbol, bool> available, string where)
        {
            foreach (var input in BoundTree.Reachable(roots).OfType<BoundInput>())
            {
                if (!available(input.Input) && reported.Add(input.Span.Start))
                {
                    context.Diagnostics.Report(DiagnosticCatalogue.InputNotAvailable, input.Span, input.Input.QualifiedName, where);
                }
            }
        }
        static bool ClaimRule(InputSymbol i) => i.Group is InputGroup.Claim or InputGroup.Person or InputGroup.Year or InputGroup.Total;
        // rule fund comes after the other rules, so it may read what they gave; only those the policy has.
        bool FundReads(InputSymbol i) => ClaimRule(i) || i.Builtin switch
        {
            InputField.ResultEligible or InputField.ResultDeductible => true,
            InputField.ResultRatio => rules.ContainsKey(RuleNames.Ratio),
            InputField.ResultCap => rules.ContainsKey(RuleNames.Cap),
            _ => false,
        };
        foreach (var (name, body) in rules)
        {
            // The account rule sees the person and the month; the claim rules see the claim, the person and the totals so far.
            Check([body], name switch
            {
                RuleNames.Account => i => i.Group is InputGroup.Person or InputGroup.Month,
                RuleNames.Fund => FundReads,
                _ => ClaimRule,
            }, $"rule {name}");
        }
        Check(exclusions.Select(e => e.Condition), ClaimRule, "an exclusion");
        // Which claims count towards a total is a fact about the claim, not about other totals.
        Check(totals.Where(t => t.Where is not null).Select(t => t.Where!), i => i.Group is InputGroup.Claim or InputGroup.Person, "a total's 'where'");
        // Invariants speak of the claim and its result; the running totals are the engine's business.
        Check(invariants.OfType<ClaimInvariant>().Select(i => i.Condition),
            i => i.Group is InputGroup.Claim or InputGroup.Person || (i.Group == InputGroup.Result && (i.Builtin != InputField.ResultRatio || rules.ContainsKey(RuleNames.Ratio))
                && (i.Builtin != InputField.ResultCap || rules.ContainsKey(RuleNames.Cap))), "an invariant");
    }

    private static void ReportUnused(BindingContext context)
    {
        foreach (var symbol in context.Globals.Symbols.Where(s => !context.Globals.IsUsed(s)))
        {
            context.Diagnostics.Report(DiagnosticCatalogue.UnusedDefinition, symbol.Span, symbol.Name);
        }
    }

    private static void ReportMissingCitations(PolicyFile file, IReadOnlyDictionary<string, BoundExpr> rules, IReadOnlyList<Exclusion> exclusions,
        IReadOnlyList<Invariant> invariants, IReadOnlyList<ParameterSymbol> parameters, BindingContext context)
    {
        foreach (var rule in file.Declarations.OfType<RuleDeclaration>())
        {
            if (rules.TryGetValue(rule.Name, out var body) && !Cites(body))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.MissingCitation, rule.NameSpan, $"rule {rule.Name}");
            }
        }
        foreach (var exclusion in exclusions.Where(e => !Cites(e.Condition)))
        {
            context.Diagnostics.Report(DiagnosticCatalogue.MissingCitation, exclusion.Span with { Length = "exclude".Length }, $"exclusion \"{exclusion.Reason}\"");
        }
        foreach (var invariant in invariants.Where(i => i.Citations.Count == 0))
        {
            context.Diagnostics.Report(DiagnosticCatalogue.MissingCitation, invariant.Span with { Length = "invariant".Length }, $"invariant \"{invariant.Name}\"");
        }
        foreach (var parameter in parameters.Where(p => p.Citations.Count == 0))
        {
            context.Diagnostics.Report(DiagnosticCatalogue.MissingCitation, parameter.Span, $"param {parameter.Name}");
        }
    }

    /// <summary>Whether any citation shapes this expression: a cited expression or a cited param.</summary>
    private static bool Cites(BoundExpr expr) =>
        BoundTree.Reachable([expr]).Any(n => n is BoundCited or BoundCapped { Citations.Count: > 0 } or BoundParameter { Parameter.Citations.Count: > 0 });
}
