using System.CommandLine;
using PolicyDsl.Cli.Output;
using PolicyDsl.Semantics.Catalogue;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>policy values POLICY...</c>: the catalogue of every figure each policy states (deductibles, ratios,
/// caps, uplifts, account rates), one row each, with its rule, its conditions, the dates it holds and its
/// articles; figures left to a param show the value a run would use, and whether it is assumed.
/// </summary>
internal static class ValuesCommand
{
    public static Command Create(CliOutput output) => PolicyListing.Create(output, "values",
        "List every figure each policy states, with its conditions, dates and articles, to compare cities' rules", (loaded, settings) =>
    {
        var rows = loaded.SelectMany(l => StatedFigures.Of(l.Policy).Select(f => new ValueRow(l.Name, l.Policy.Info.City, f.Rule, FigureDisplay.Of(f, l).ToString(),
            string.Join("; ", f.Conditions), f.From, f.Until, Formatting.Citations(f.Citations), f.Line))).ToList();
        ResultOutput.Write(output, settings, () => ValuesWriter.Rows(rows), (w, _) => ValuesWriter.Write(w, rows, settings.Language));
        return 0;
    });
}

/// <summary>One stated figure of one policy, ready to write.</summary>
internal sealed record ValueRow(string Policy, string City, string Rule, string Figure, string Conditions, DateOnly? From, DateOnly? Until, string Citations, int Line);
