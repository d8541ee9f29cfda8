using PolicyDsl.Cli.Commands;
using PolicyDsl.Cli.Output;
using PolicyDsl.Cli.Report;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Catalogue;
using PolicyDsl.Text;

namespace PolicyDsl.Cli.Serve;

/// <summary>
/// What the word under the pointer stands for, read from the checker's bound tree of the text being edited: a param's
/// value and why it is assumed, a rule's figures, a <c>let</c>'s figures (those written in its body and in the lets it
/// uses), or else the figures stated on that line. Each figure with its conditions, dates and articles.
/// </summary>
internal static class WorkbenchHover
{
    /// <summary>A hover lists this many figures; more are counted.</summary>
    private const int Listed = 12;

    public static string? Of(WorkbenchAnalysis analysis, string relative, string text, int offset)
    {
        var word = WordAt(text, offset);
        if (word.Length == 0) return null;
        var path = analysis.Files.Resolve(relative).Path ?? relative;
        var result = PolicyChecker.Check(new SourceText(path, text));
        if (result.Policy is not { } policy || analysis.Load(path, policy) is not { } loaded) return null;
        if (policy.Parameters.FirstOrDefault(p => p.Name == word) is { } parameter) return Parameter(parameter, loaded);
        var figures = StatedFigures.Of(policy);
        if (figures.Where(f => f.Rule == word).ToList() is { Count: > 0 } ofRule) return Figures(ofRule, loaded);
        if (LetNamed(policy, word) is { } let) return Let(policy, let, figures, loaded);
        var line = policy.Source.GetPosition(offset).Line;
        return figures.Where(f => f.Line == line).ToList() is { Count: > 0 } onLine ? Figures(onLine, loaded) : null;
    }

    private static string Parameter(Semantics.Symbols.ParameterSymbol parameter, ComparisonInput.LoadedPolicy loaded)
    {
        var value = loaded.Parameters.ValueOf(parameter);
        var assumed = loaded.Parameters.AssumptionOf(parameter.Index);
        return $"param {parameter.Name}: {parameter.Type}" + (value is null ? "，无值 no value" : $" = {ParameterText.Format(value, parameter.Type)}")
            + (assumed is not null ? $"\n⚠ 假设 assumed: {assumed}" : "") + (parameter.Description is { } d ? $"\n{d}" : "")
            + (parameter.Citations.Count > 0 ? $"\n依据 articles: {string.Join("；", parameter.Citations.Select(c => c.Text))}" : "");
    }

    /// <summary>A let as the checker bound it: its name, parameters, doc comment and body, and the rules that use it.</summary>
    private sealed record LetSymbol(string Signature, string? Doc, BoundExpr Body, IReadOnlySet<string> UsedBy);

    /// <summary>The let named <paramref name="name"/> that the rules, exclusions or invariants use; the checker keeps no list of lets, only the tree that reaches them.</summary>
    private static LetSymbol? LetNamed(CheckedPolicy policy, string name)
    {
        var rules = policy.Rules;
        // Exclusions and invariants state no figures, but a let only they use still shows its signature and articles.
        var roots = new (string Rule, BoundExpr? Body)[]
        {
            ("eligible", rules.Eligible), ("deductible", rules.Deductible), ("ratio", rules.Ratio), ("cap", rules.Cap), ("fund", rules.Fund), ("account", rules.Account),
        }.Concat(policy.Exclusions.Select(e => ("exclude", (BoundExpr?)e.Condition)))
         .Concat(policy.Invariants.OfType<ClaimInvariant>().Select(i => ("invariant", (BoundExpr?)i.Condition)));
        LetSymbol? found = null;
        var usedBy = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, body) in roots)
        {
            if (body is null) continue;
            foreach (var node in BoundTree.Reachable([body]))
            {
                var let = node switch
                {
                    BoundValue { Value: var value } when value.Name == name => new LetSymbol($"let {value.Name}: {value.Type}", value.Doc, value.Body, usedBy),
                    BoundCall { Function: var function } when function.Name == name => new LetSymbol(
                        $"let {function.Name} {string.Join(" ", function.Parameters.Select(p => $"({p.Name}: {p.Type})"))}: {function.ReturnType}", function.Doc, function.Body, usedBy),
                    _ => null,
                };
                if (let is null) continue;
                found ??= let;
                usedBy.Add(rule);
                break;
            }
        }
        return found;
    }

    private static string Let(CheckedPolicy policy, LetSymbol let, IReadOnlyList<StatedFigure> figures, ComparisonInput.LoadedPolicy loaded)
    {
        // A figure belongs to the let when a rule using the let states it in the let's body or in a let that body uses:
        // the lines the checker's spans cover (a let both this one and another rule use is not this one's for that rule).
        var bodies = BoundTree.Reachable([let.Body]).SelectMany(n => n switch
        {
            BoundValue v => [v.Value.Body],
            BoundCall c => new[] { c.Function.Body },
            _ => [],
        }).Prepend(let.Body);
        var lines = bodies.Select(b => (From: policy.Source.GetPosition(b.Span.Start).Line, To: policy.Source.GetPosition(b.Span.End).Line)).ToList();
        var own = figures.Where(f => let.UsedBy.Contains(f.Rule) && lines.Any(l => f.Line >= l.From && f.Line <= l.To)).ToList();
        var head = let.Signature + (let.Doc is { } doc ? $"\n{doc.Trim()}" : "");
        if (own.Count > 0) return $"{head}\n{Figures(own, loaded)}";
        var cited = BoundTree.Reachable([let.Body]).OfType<BoundCited>().Select(c => c.Citation.Text).Distinct().ToList();
        return $"{head}\n依据 articles: {(cited.Count == 0 ? "未注明 none cited" : string.Join("；", cited))}";
    }

    private static string Figures(IReadOnlyList<StatedFigure> figures, ComparisonInput.LoadedPolicy loaded)
    {
        // A let used by several rules, or under several conditions, states the same figure more than once.
        var lines = figures.Select(f => Describe(f, FigureDisplay.Of(f, loaded))).Distinct().ToList();
        return string.Join("\n", lines.Take(Listed)) + (lines.Count > Listed ? $"\n… (+{lines.Count - Listed})" : "");
    }

    private static string Describe(StatedFigure figure, FigureDisplay shown) =>
        $"{figure.Rule}: {shown}" + (figure.Conditions.Count > 0 ? $" · {string.Join("; ", figure.Conditions.Select(ConditionText.Chinese))}" : "")
        + (figure.From is { } f ? $" · {Formatting.Date(f)} 起" : "") + (figure.Until is { } u ? $" · 至 {Formatting.Date(u)}" : "")
        + $" · 依据 {(figure.Citations.Count == 0 ? "—" : string.Join("；", figure.Citations))}";

    private static string WordAt(string text, int offset)
    {
        static bool Part(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '元' or '%';
        if (offset < 0 || offset > text.Length) return "";
        var start = offset;
        while (start > 0 && Part(text[start - 1])) start--;
        var end = offset;
        while (end < text.Length && Part(text[end])) end++;
        return text[start..end].Trim('.');
    }
}
