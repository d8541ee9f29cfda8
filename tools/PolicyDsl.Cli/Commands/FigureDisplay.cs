using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics.Catalogue;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// A stated figure as a run shows it: the figure as the rule file writes it, a param's with the value this
/// run gives it and why that value is assumed, an unstated one with its reason. <c>policy values</c> and the
/// report's rules section both read figures this way.
/// </summary>
/// <param name="Text">the figure (<c>200元</c>, <c>60%</c>), or the param's value, or the unstated reason</param>
/// <param name="Parameter">the param the figure is left to, if it is</param>
/// <param name="Assumed">why the run's value of the param is an assumption, not the notice's figure</param>
/// <param name="Unstated">true when the notice states no figure (Text is then the reason)</param>
/// <param name="NoValue">true for a param with no value in this run</param>
internal sealed record FigureDisplay(string Text, string? Parameter, string? Assumed, bool Unstated, bool NoValue)
{
    public static FigureDisplay Of(StatedFigure figure, ComparisonInput.LoadedPolicy policy)
    {
        if (figure.Unstated is { } reason) return new(reason, null, null, Unstated: true, NoValue: false);
        if (figure.Parameter is not { } name) return new(ParameterText.Format(figure.Value, figure.Type), null, null, false, false);
        var symbol = policy.Policy.Parameters.Single(p => p.Name == name);
        var value = policy.Parameters.ValueOf(symbol);
        return value is null ? new("", name, null, false, NoValue: true)
            : new(ParameterText.Format(value, symbol.Type), name, policy.Parameters.AssumptionOf(symbol.Index), false, false);
    }

    /// <summary>One line, as <c>policy values</c> prints it.</summary>
    public override string ToString() =>
        Unstated ? $"unstated: {Text}"
        : Parameter is null ? Text
        : NoValue ? $"param {Parameter} (no value)"
        : $"param {Parameter} = {Text}{(Assumed is { } why ? $", ⚠ assumed: {why}" : "")}";
}
