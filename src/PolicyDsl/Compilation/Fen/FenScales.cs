using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Compilation.Fen;

/// <summary>
/// The proof that a policy's money can be whole numbers: how many decimals each of its Money, Ratio and Points
/// values can have. Sums, differences, minima, maxima and branches need the most of their parts' decimals, a
/// product the sum of its factors' (0.6 × 123.45元 has three): so every value is a whole number of 10^−scale yuan,
/// and integer arithmetic on those units is exact. A division has no such bound: a policy with one is not lowered.
/// Claim amounts and contribution bases are fen (two decimals; a value with more sends its person to the decimal
/// engine), a param has the decimals of its value in this run, a literal its own.
/// </summary>
/// <remarks>
/// The engine's figures have one scale each: <see cref="Figures"/> for eligible, deductible and every total
/// (which add them), <see cref="Ratio"/>, <see cref="Cap"/>, <see cref="Fund"/> for the fund before rounding, and
/// <see cref="Room"/> for the room caps leave. A rule can read a total, and a total adds what the rules came to,
/// so <see cref="Figures"/> is found by going round until nothing needs more decimals.
/// </remarks>
internal sealed class FenScales
{
    private readonly ParameterValues _parameters;
    private readonly Dictionary<ValueSymbol, int> _values = [];

    private FenScales(ParameterValues parameters) => _parameters = parameters;

    /// <summary>Eligible, deductible, result.eligible and result.deductible, and every total but a count.</summary>
    public int Figures { get; private set; } = 2;

    public int Ratio { get; private set; }
    public int Cap { get; private set; }

    /// <summary>The fund before it is rounded: the rule fund's, or ratio × (eligible − deductible) capped.</summary>
    public int Fund { get; private set; }

    /// <summary>The room caps leave the fund (<see cref="EvaluationContext.FenRoom"/>): at least as fine as any cap's.</summary>
    public int Room { get; private set; }

    /// <summary>A decimal param's value in this run, or null when it has none (reading it then stops, as in decimal).</summary>
    public decimal? ValueOf(ParameterSymbol parameter) => _parameters.ValueOf(parameter) as decimal?;

    /// <summary>The scales of <paramref name="policy"/>'s figures with these param values, or null with the reason it cannot be lowered.</summary>
    public static FenScales? TryAnalyse(CheckedPolicy policy, ParameterValues parameters, out string? reason)
    {
        var scales = new FenScales(parameters);
        try
        {
            var rules = policy.Rules;
            for (var round = 0; ; round++)
            {
                scales._values.Clear();
                var figures = Math.Max(scales.Figures, Math.Max(scales.Of(rules.Eligible), scales.Of(rules.Deductible)));
                scales.Ratio = rules.Ratio is { } ratio ? scales.Of(ratio) : 0;
                scales.Cap = rules.Cap is { } cap ? scales.Of(cap) : 0;
                if (figures == scales.Figures) break;
                if (round == FenUnits.MaxScale) throw new NotLowerable("a total's decimals keep growing");
                scales.Figures = Within(figures);
            }
            scales.Fund = rules.Fund is { } fund ? scales.Of(fund) : Within(Math.Max(scales.Ratio + scales.Figures, scales.Cap));
            scales.Room = Math.Max(scales.Fund, Math.Max(scales.Figures, scales.Cap));
            reason = null;
            return scales;
        }
        catch (NotLowerable e)
        {
            reason = e.Message;
            return null;
        }
    }

    /// <summary>The decimals of <paramref name="expr"/>'s value (0 for one that is not Money, Ratio or Points).</summary>
    /// <param name="locals">The decimals of the arguments of the function whose body this is.</param>
    public int Of(BoundExpr expr, IReadOnlyDictionary<LocalSymbol, int>? locals = null) => Within(expr switch
    {
        _ when expr.Type.ClrType != typeof(decimal) => 0,
        BoundLiteral { Value: decimal value } => FenUnits.ScaleOf(value),
        BoundInput input => OfInput(input.Input),
        BoundParameter p => _parameters.ValueOf(p.Parameter) is decimal value ? FenUnits.ScaleOf(value) : 0,
        BoundValue v => OfValue(v.Value),
        BoundLocal l => locals?.GetValueOrDefault(l.Local) ?? throw new InvalidOperationException($"{l.Local.Name} is not in scope"),
        BoundCall call => Of(call.Function.Body, call.Function.Parameters.Select((p, i) => (p, Of(call.Arguments[i], locals))).ToDictionary(a => a.p, a => a.Item2)),
        BoundMinMax m => Math.Max(Of(m.Left, locals), Of(m.Right, locals)),
        BoundUnary u => Of(u.Operand, locals),
        BoundBinary { Operator: BinaryOperator.Multiply } b => Of(b.Left, locals) + Of(b.Right, locals),
        BoundBinary { Operator: BinaryOperator.Divide } => throw new NotLowerable("it divides, and a quotient has no bound on its decimals"),
        BoundBinary b => Math.Max(Of(b.Left, locals), Of(b.Right, locals)),
        BoundIf i => Math.Max(Of(i.Then, locals), Of(i.Else, locals)),
        BoundMatch m => m.Arms.Max(a => Of(a.Body, locals)),
        BoundDated d => d.Branches.Max(b => Of(b.Value, locals)),
        BoundCited c => Of(c.Inner, locals),
        BoundBands b => b.Bands.Max(band => BandsBase(b, locals) + Of(band.Ratio, locals)),
        BoundCapped c => Math.Max(Of(c.Value, locals), CapRoom(c, locals)),
        _ => 0,
    });

    /// <summary>The decimals bands split their base at: the base's, the total's and every edge's.</summary>
    public int BandsBase(BoundBands bands, IReadOnlyDictionary<LocalSymbol, int>? locals) =>
        Within(bands.Bands.Where(b => b.UpTo is not null).Select(b => Of(b.UpTo!, locals)).Append(Of(bands.Base, locals)).Append(Of(bands.After, locals)).Max());

    /// <summary>The decimals of a cap's room, limit − counted.</summary>
    public int CapRoom(BoundCapped capped, IReadOnlyDictionary<LocalSymbol, int>? locals) =>
        Within(Math.Max(Of(capped.Limit, locals), capped.Against is { } a ? Of(a, locals) : 0));

    /// <summary>The scale a declared input of this type is read at (a value with more decimals goes to the decimal engine).</summary>
    public static int DeclaredInput(PolicyType type) => type == PolicyTypes.Money ? 2 : 4;

    private int OfInput(InputSymbol input) => input switch
    {
        { TotalIndex: not null } => Figures,
        { Builtin: InputField.ClaimAmount or InputField.PersonBase or InputField.ResultFund or InputField.ResultPersonal } => 2,
        { Builtin: InputField.ResultEligible or InputField.ResultDeductible or InputField.ResultFundYearToDate } => Figures,
        { Builtin: InputField.ResultRatio } => Ratio,
        { Builtin: InputField.ResultCap } => Cap,
        { Builtin: null } => DeclaredInput(input.Type),
        _ => throw new NotLowerable($"it reads {input.QualifiedName} as money"),
    };

    private int OfValue(ValueSymbol value)
    {
        if (!_values.TryGetValue(value, out var scale))
        {
            scale = Of(value.Body);
            _values[value] = scale;
        }
        return scale;
    }

    private static int Within(int scale) => scale <= FenUnits.MaxScale ? scale
        : throw new NotLowerable($"a figure would need {scale} decimals, more than the {FenUnits.MaxScale} integer fen holds");

    /// <summary>Why a policy's money cannot be whole numbers; caught by <see cref="TryAnalyse"/> and by the compiler.</summary>
    internal sealed class NotLowerable(string reason) : Exception(reason);
}
