using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Binding;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics;

/// <summary>
/// Checks a parsed policy: names, types, exhaustive matches, dated values that cover the period in
/// force, the rules the engine needs. Collects every diagnostic; never throws on a user's file.
/// </summary>
internal static class PolicyChecker
{
    /// <summary>Parses and checks a source text in one step.</summary>
    public static CheckResult Check(SourceText source) => Check(PolicyParser.Parse(source));

    public static CheckResult Check(ParseResult parse)
    {
        var diagnostics = new DiagnosticBag(parse.Source);
        foreach (var d in parse.Diagnostics) diagnostics.Add(d);
        var context = new BindingContext(diagnostics);
        var file = parse.File;

        NameLengths.Check(file, diagnostics);
        context.Enums = EnumBinder.Bind(file, context);
        var totals = TotalBinder.Declare(file, context);
        context.Inputs = InputBinder.Bind(file, context, type => BindType(type, context), totals.Select(t => t.Symbol).ToList());
        var parameters = DeclareGlobals(file, context);
        var info = HeaderBinder.Bind(file.Header, context);
        context.Globals.BindAll(context);
        var rules = BindRules(file, context);
        var exclusions = BindExclusions(file, context);
        var totalDefinitions = TotalBinder.Bind(totals, context);
        var invariants = InvariantBinder.Bind(file, context);
        var rounding = RoundingBinder.Bind(file, context);

        var headerSpan = file.Header is { } h ? new TextSpan(h.Span.Start, "policy".Length) : new TextSpan(0, 0);
        // A declaration that failed to parse may be the missing rule: say nothing until the file parses.
        if (!parse.HasErrors)
        {
            // A policy that writes its fund needs no single ratio or cap: its rule fund says how it pays.
            var needed = rules.ContainsKey(RuleNames.Fund) ? RuleNames.RequiredWithFund : RuleNames.Required;
            foreach (var required in needed.Where(r => !rules.ContainsKey(r)))
            {
                diagnostics.Report(DiagnosticCatalogue.MissingRule, headerSpan, required);
            }
        }
        PolicyAnalyses.Run(file, rules, exclusions, invariants, parameters, totalDefinitions, context);
        // Measured only on a file that checks clean: an error leaves no cycle-free, complete tree to measure.
        if (!diagnostics.HasErrors) ExpansionAnalysis.Run(context.Globals.Symbols, ExpansionRoots(file, rules, exclusions, invariants, totalDefinitions), diagnostics);

        var sorted = diagnostics.Sorted();
        if (diagnostics.HasErrors || info is null) return new CheckResult(null, sorted);
        var policy = new CheckedPolicy(
            parse.Source,
            info,
            new RuleSet(rules[RuleNames.Eligible], rules[RuleNames.Deductible], rules.GetValueOrDefault(RuleNames.Ratio), rules.GetValueOrDefault(RuleNames.Cap),
                rules.GetValueOrDefault(RuleNames.Account), rules.GetValueOrDefault(RuleNames.Fund)),
            exclusions,
            parameters,
            context.Citations,
            invariants,
            context.Inputs,
            totalDefinitions,
            context.Enums,
            rounding);
        return new CheckResult(policy, sorted);
    }

    /// <summary>What the back ends compile and run, each with what to call it and where to point.</summary>
    private static IEnumerable<(string What, BoundExpr Root, TextSpan Span)> ExpansionRoots(PolicyFile file, Dictionary<string, BoundExpr> rules,
        List<Exclusion> exclusions, IReadOnlyList<Invariant> invariants, IReadOnlyList<TotalDefinition> totals)
    {
        foreach (var rule in file.Declarations.OfType<RuleDeclaration>())
        {
            if (rules.TryGetValue(rule.Name, out var body)) yield return ($"rule {rule.Name}", body, rule.NameSpan);
        }
        foreach (var exclusion in exclusions) yield return ("this exclusion", exclusion.Condition, exclusion.Condition.Span);
        foreach (var invariant in invariants.OfType<ClaimInvariant>()) yield return ("this invariant", invariant.Condition, invariant.Condition.Span);
        foreach (var total in totals.Where(t => t.Where is not null)) yield return ("this total's 'where'", total.Where!, total.Where!.Span);
    }

    private static List<ParameterSymbol> DeclareGlobals(PolicyFile file, BindingContext context)
    {
        var parameters = new List<ParameterSymbol>();
        foreach (var declaration in file.Declarations)
        {
            Symbol? symbol = declaration switch
            {
                LetDeclaration { Parameters.Count: 0 } let => new ValueSymbol(let.Name, let.NameSpan, let.Doc),
                LetDeclaration let => new FunctionSymbol(let.Name, let.NameSpan, let.Doc,
                    let.Parameters.Select(p => new LocalSymbol(p.Name, p.NameSpan, BindType(p.Type, context))).ToList()),
                ParamDeclaration param => DeclareParameter(param, parameters.Count, context),
                _ => null,
            };
            if (symbol is null) continue;
            if (declaration is LetDeclaration { Parameters.Count: > 1 } function)
            {
                foreach (var repeated in function.Parameters.GroupBy(p => p.Name).SelectMany(g => g.Skip(1)))
                {
                    var first = function.Parameters.First(p => p.Name == repeated.Name);
                    context.Diagnostics.Report(DiagnosticCatalogue.DuplicateDefinition, repeated.NameSpan, repeated.Name, context.Diagnostics.Source.GetPosition(first.NameSpan.Start).Line);
                }
            }
            if (IsBuiltin(symbol.Name, context))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.ReservedName, symbol.Span, symbol.Name);
                continue;
            }
            if (!context.Globals.TryDeclare(symbol, declaration as LetDeclaration, out var existing))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.DuplicateDefinition, symbol.Span, symbol.Name, context.Diagnostics.Source.GetPosition(existing.Span.Start).Line);
                continue;
            }
            if (symbol is ParameterSymbol p) parameters.Add(p);
        }
        return parameters;
    }

    private static ParameterSymbol DeclareParameter(ParamDeclaration param, int index, BindingContext context)
    {
        var type = BindType(param.Type, context);
        object? @default = null;
        if (param.Default is { } literal && ExpressionBinder.BindLiteral(literal) is BoundLiteral value)
        {
            if (value.Type == type) @default = value.Value;
            else if (type != PolicyTypes.Error) context.Diagnostics.Report(DiagnosticCatalogue.DefaultType, literal.Span, param.Name, value.Type, type);
        }
        return new ParameterSymbol(param.Name, param.NameSpan, index, type, param.Citations.Select(context.AddCitation).ToList(), param.Description, @default);
    }

    private static bool IsBuiltin(string name) =>
        name is "min" or "max" or "month" || InputSchema.Groups.ContainsKey(name) || Domain.DomainVocabulary.Lookup(name) is not null;

    private static bool IsBuiltin(string name, BindingContext context) => IsBuiltin(name) || context.LookupMember(name) is not null || context.LookupType(name) is EnumType;

    private static PolicyType BindType(TypeSyntax type, BindingContext context)
    {
        if (context.LookupType(type.Name) is { } known) return known;
        var hint = NameSuggestions.Hint(type.Name, ["Money", "Ratio", "Points", "Int", "Bool", "Date", "Text", "Level", "Status", "Scheme", "Channel", "Place"]);
        if (hint is null) context.Diagnostics.Report(DiagnosticCatalogue.UnknownType, type.Span, type.Name);
        else context.Diagnostics.ReportWithHint(DiagnosticCatalogue.UnknownType, type.Span, hint, type.Name);
        return PolicyTypes.Error;
    }

    private static Dictionary<string, BoundExpr> BindRules(PolicyFile file, BindingContext context)
    {
        var rules = new Dictionary<string, BoundExpr>();
        var lines = new Dictionary<string, int>();
        foreach (var rule in file.Declarations.OfType<RuleDeclaration>())
        {
            var body = new ExpressionBinder(context).Bind(rule.Body);
            if (!RuleNames.Types.TryGetValue(rule.Name, out var expected))
            {
                var hint = NameSuggestions.Hint(rule.Name, RuleNames.Types.Keys);
                if (hint is null) context.Diagnostics.Report(DiagnosticCatalogue.UnknownRule, rule.NameSpan, rule.Name);
                else context.Diagnostics.ReportWithHint(DiagnosticCatalogue.UnknownRule, rule.NameSpan, hint, rule.Name);
                continue;
            }
            var line = context.Diagnostics.Source.GetPosition(rule.Span.Start).Line;
            if (!lines.TryAdd(rule.Name, line))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.DuplicateRule, rule.NameSpan, rule.Name, lines[rule.Name]);
                continue;
            }
            if (body.Type != expected && !PolicyTypes.IsWildcard(body.Type))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.RuleTypeMismatch, rule.NameSpan, rule.Name, expected, body.Type);
            }
            rules[rule.Name] = body;
        }
        return rules;
    }

    private static List<Exclusion> BindExclusions(PolicyFile file, BindingContext context)
    {
        var exclusions = new List<Exclusion>();
        foreach (var exclude in file.Declarations.OfType<ExcludeDeclaration>())
        {
            var condition = new ExpressionBinder(context).Bind(exclude.Condition);
            if (condition.Type != PolicyTypes.Bool && !PolicyTypes.IsWildcard(condition.Type))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.ExclusionNotBool, exclude.Condition.Span, condition.Type);
            }
            exclusions.Add(new Exclusion(exclude.Reason, condition, exclude.Span));
        }
        return exclusions;
    }
}
