using System.Runtime.CompilerServices;
using PolicyDsl.Compilation;
using PolicyDsl.Semantics;

namespace PolicyDsl.Runtime;

/// <summary>
/// What the engine tells about one settlement as it goes: each step's citations and parameters (in
/// <see cref="EvaluationContext.Trace"/> since <see cref="Begin"/>), with the step's name, value and explanation.
/// A full trace keeps everything; a record of the grounds keeps only which citations and parameters, and never
/// formats an explanation (the <see cref="Explanation"/> handler skips the text when it is not wanted).
/// </summary>
internal abstract class SettlementRecorder(CheckedPolicy policy, EvaluationContext context)
{
    protected CheckedPolicy Policy { get; } = policy;
    protected EvaluationContext Context { get; } = context;

    /// <summary>Whether steps and their explanations are kept (a full trace).</summary>
    public abstract bool Explains { get; }

    /// <summary>Starts a new claim: nothing recorded yet.</summary>
    public abstract void Start();

    public void Begin() => Context.Trace!.Clear();

    public void End(string name, decimal value, string explanation) => Step(name, value, explanation);

    public void End(string name, decimal value, [InterpolatedStringHandlerArgument("")] ref Explanation explanation) =>
        Step(name, value, explanation.ToStringAndClear());

    /// <summary>Keeps the parameters read since <see cref="Begin"/> (for the assumptions), but not the citations.</summary>
    public abstract void KeepAssumptions();

    /// <summary>A step computed by the engine itself, resting on nothing cited.</summary>
    public abstract void Add(string name, decimal value, string explanation);

    /// <summary>A step computed by the engine itself, resting on these articles (a declared rounding, say).</summary>
    public void Add(string name, decimal value, [InterpolatedStringHandlerArgument("")] ref Explanation explanation, IReadOnlyList<Semantics.Symbols.CitationRef> citations) =>
        Cited(name, value, explanation.ToStringAndClear(), citations);

    public abstract (SettlementTrace? Trace, SettlementGrounds Grounds) Finish();

    /// <summary>The step since <see cref="Begin"/>: its citations and parameters in <see cref="EvaluationContext.Trace"/>.</summary>
    protected abstract void Step(string name, decimal value, string explanation);

    protected abstract void Cited(string name, decimal value, string explanation, IReadOnlyList<Semantics.Symbols.CitationRef> citations);

    /// <summary>The texts of these citations in the order the policy cites them, each once.</summary>
    protected List<string> CitationTexts(IEnumerable<int> citations) =>
        citations.OrderBy(c => Policy.Citations[c].Span.Start).Select(c => Policy.Citations[c].Text).Distinct().ToList();

    /// <summary>The assumed ones among these parameters (by index, ascending), with their values and reasons.</summary>
    protected List<Assumption> AssumptionsOf(IEnumerable<int> parameters) => parameters
        .Where(p => Context.Parameters.AssumptionOf(p) is not null)
        .Select(p => new Assumption(Policy.Parameters[p].Name, Parameters.ParameterText.Format(Context.Parameters.ValueOf(Policy.Parameters[p]), Policy.Parameters[p].Type), Context.Parameters.AssumptionOf(p)!))
        .ToList();
}

/// <summary>An explanation, formatted only when the recorder keeps explanations (a full trace).</summary>
[InterpolatedStringHandler]
internal ref struct Explanation
{
    private DefaultInterpolatedStringHandler _text;
    private readonly bool _wanted;

    public Explanation(int literalLength, int formattedCount, SettlementRecorder recorder, out bool wanted)
    {
        _wanted = wanted = recorder.Explains;
        _text = wanted ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _wanted ? _text.ToStringAndClear() : "";
}
