using PolicyDsl.Diagnostics;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>Checks <c>round</c> declarations: a target the engine rounds, a step of 分, 角 or 元, a known way, once each.</summary>
internal static class RoundingBinder
{
    private static readonly Dictionary<string, RoundingMode> Modes =
        Enum.GetValues<RoundingMode>().ToDictionary(Rounding.ModeName);

    public static Roundings Bind(PolicyFile file, BindingContext context)
    {
        var bound = new Dictionary<string, (Rounding Rounding, int Line)>();
        foreach (var round in file.Declarations.OfType<RoundDeclaration>())
        {
            if (round.Target is not ("fund" or "account"))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.RoundingShape, round.TargetSpan, $"only the fund and the account credit are rounded, not '{round.Target}'");
                continue;
            }
            if (round.Step is not MoneyLiteral { Yuan: var step } || !Rounding.Steps.Contains(step))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.RoundingShape, round.Step.Span, "a rounding step is 0.01元 (分), 0.1元 (角) or 1元 (元)");
                continue;
            }
            if (!Modes.TryGetValue(round.Mode, out var mode))
            {
                var hint = NameSuggestions.Hint(round.Mode, Modes.Keys);
                var message = $"'{round.Mode}' is not a way of rounding";
                if (hint is null) context.Diagnostics.Report(DiagnosticCatalogue.RoundingShape, round.ModeSpan, message);
                else context.Diagnostics.ReportWithHint(DiagnosticCatalogue.RoundingShape, round.ModeSpan, hint, message);
                continue;
            }
            var line = context.Diagnostics.Source.GetPosition(round.Span.Start).Line;
            if (bound.TryGetValue(round.Target, out var taken))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.DuplicateDefinition, round.TargetSpan, "round " + round.Target, taken.Line);
                continue;
            }
            bound.Add(round.Target, (new Rounding(step, mode, round.Citations.Select(context.AddCitation).ToList()), line));
        }
        return new Roundings(
            bound.TryGetValue("fund", out var fund) ? fund.Rounding : Rounding.Default,
            bound.TryGetValue("account", out var account) ? account.Rounding : Rounding.Default);
    }
}
