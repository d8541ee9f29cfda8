using System.Reflection;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using PolicyDsl.Compilation;
using PolicyDsl.Compilation.CSharp;
using PolicyDsl.Domain;
using PolicyDsl.Semantics;

namespace PolicyDsl.Verification;

/// <summary>
/// A policy's emitted C# class compiled in memory with Roslyn scripting, behind the same
/// <see cref="IRuleEvaluator"/> as the expression trees, so the engine can settle with either and
/// any difference between the two back ends shows.
/// </summary>
internal sealed class RoslynCompiledPolicy : IRuleEvaluator
{
    private readonly Func<object?[], object, decimal>[] _rules;
    private readonly Func<object?[], object, bool, (decimal Fund, decimal Eligible, decimal Deductible, decimal Room, decimal? TightestCap, (int, decimal, decimal, bool)[] Caps)> _fund;
    private readonly Func<int, object?[], object, bool>[] _predicates;
    private readonly Func<int, object?[], int> _key;
    private readonly object _parameters;
    private readonly IReadOnlyList<Semantics.Inputs.InputSymbol> _declared;
    private readonly bool _throughSettle;

    private RoslynCompiledPolicy(CheckedPolicy policy, ScriptExports exports, object parameters, bool throughSettle)
    {
        (_rules, _fund, _predicates, _key, _) = exports;
        _throughSettle = throughSettle;
        _parameters = parameters;
        _declared = policy.Inputs.Declared;
        HasAccount = policy.Rules.Account is not null;
        HasRatio = policy.Rules.Ratio is not null;
        HasCap = policy.Rules.Cap is not null;
        HasFund = policy.Rules.Fund is not null || throughSettle;
    }

    /// <summary>
    /// What the script hands back: only delegates over System types (the rule's context flattened to an
    /// array of primitives, see <see cref="Fields"/>) and the emitted Parameters type. The script compiles
    /// against nothing of PolicyDsl, as an embedding system's build does, and the library's types can stay internal.
    /// </summary>
    private sealed record ScriptExports(
        Func<object?[], object, decimal>[] Rules,
        Func<object?[], object, bool, (decimal Fund, decimal Eligible, decimal Deductible, decimal Room, decimal? TightestCap, (int, decimal, decimal, bool)[] Caps)> Fund,
        Func<int, object?[], object, bool>[] Predicates,
        Func<int, object?[], int> Key,
        Type ParametersType);

    /// <summary>Where the declared inputs start in <see cref="Fields"/>: after the claim, the person, the totals and the four figures.</summary>
    private const int FirstDeclared = 17;

    /// <summary>The emitted source, with the adapter from the flattened context appended.</summary>
    public static string ScriptSource(CheckedPolicy policy, string policyId)
    {
        var c = CSharpNames.ClassName(policyId);
        return CSharpEmitter.Emit(policy, policyId) + $$"""

            static {{c}}.Input Adapt(object?[] x) => new {{c}}.Input(
                (DateOnly)x[0]!, (decimal)x[1]!, ({{c}}.HospitalLevel)(int)x[2]!, ({{c}}.Channel)(int)x[3]!, ({{c}}.Place)(int)x[4]!, (bool)x[5]!, (bool)x[6]!,
                ({{c}}.InsuredStatus)(int)x[7]!, (int)x[8]!, ({{c}}.Scheme)(int)x[9]!, (bool)x[10]!, (decimal)x[11]!){{DeclaredInputs(policy, c)}};

            static {{c}}.Figures Figures(object?[] x) => new {{c}}.Figures { Eligible = (decimal)x[13]!, Deductible = (decimal)x[14]!, Ratio = (decimal)x[15]!, Cap = (decimal)x[16]! };

            // The fund with what the caps left (the engine reads them back); through the emitted class's own Settle
            // (given the engine's carried totals) when asked, so its eligible and deductible can be checked too.
            static (decimal, decimal, decimal, decimal, decimal?, (int, decimal, decimal, bool)[]) Fund(object?[] x, {{c}}.Parameters p, bool settle)
            {
                var input = Adapt(x);
                var (fund, eligible, deductible) = settle ? Settled(input, p) : ({{c}}.Fund(input, p), 0m, 0m);
                return (fund, eligible, deductible, input.Result.Room, input.Result.TightestCap, input.Result.Caps.ToArray());
            }

            static (decimal, decimal, decimal) Settled({{c}}.Input input, {{c}}.Parameters p)
            {
                var r = {{c}}.Settle(input, p);
                return (r.Fund, r.Eligible, r.Deductible);
            }

            (new System.Func<object?[], object, decimal>[]
            {
                (x, p) => {{c}}.Eligible(Adapt(x), ({{c}}.Parameters)p),
                (x, p) => {{c}}.Deductible(Adapt(x), ({{c}}.Parameters)p),
                (x, p) => {{c}}.Ratio(Adapt(x), ({{c}}.Parameters)p),
                (x, p) => {{c}}.Cap(Adapt(x), ({{c}}.Parameters)p),
                // Rounding twice to the same step changes nothing, so the engine's rounding after RoundAccount checks it.
                (x, p) => {{c}}.RoundAccount({{c}}.Account(Adapt(x), ({{c}}.Parameters)p)),
            },
            new System.Func<object?[], object, bool, (decimal, decimal, decimal, decimal, decimal?, (int, decimal, decimal, bool)[])>((x, p, settle) => Fund(x, ({{c}}.Parameters)p, settle)),
            new System.Func<int, object?[], object, bool>[]
            {
                (i, x, p) => {{c}}.Excludes(i, Adapt(x), ({{c}}.Parameters)p),
                (i, x, p) => {{c}}.TotalCounts(i, Adapt(x), ({{c}}.Parameters)p),
            },
            new System.Func<int, object?[], int>((i, x) => {{c}}.TotalKey(i, Adapt(x))),
            typeof({{c}}.Parameters))
            """;
    }

    /// <summary>
    /// <c>{ contract = (bool?)x[17], ... }</c>: a declared input the row leaves out stays null, so the
    /// emitted class applies its own default (or reports the missing input).
    /// </summary>
    private static string DeclaredInputs(CheckedPolicy policy, string c)
    {
        var members = policy.Inputs.Declared.Select((i, index) =>
        {
            var type = CSharpNames.Type(i.Type);
            var at = $"x[{FirstDeclared + index}]";
            var read = i.Type is Semantics.Types.EnumType ? $"({at} is {{ }} v{index} ? ({c}.{type}?)(int)v{index} : null)" : $"({type}?){at}";
            return $"{CSharpNames.DeclaredInput(i.Name)} = {read}";
        }).Prepend("Totals = (decimal[])x[12]!, Result = Figures(x)");
        return " { " + string.Join(", ", members) + " }";
    }

    /// <summary>The context as the script reads it: primitives and enums as ints, in the order <c>Adapt</c> takes them.</summary>
    private object?[] Fields(EvaluationContext x)
    {
        var fields = new object?[FirstDeclared + _declared.Count];
        (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]) = (x.Date, x.Claim?.Amount ?? 0m, (int)(x.Claim?.Level ?? default),
            (int)(x.Claim?.Channel ?? default), (int)(x.Claim?.Place ?? default), x.Claim?.Designated ?? true, x.Claim?.Inpatient ?? false);
        (fields[7], fields[8], fields[9], fields[10], fields[11], fields[12]) = ((int)x.Person.Status, x.Person.Age, (int)x.Person.Scheme, x.Person.OldWorker, x.Person.Base, x.Totals);
        (fields[13], fields[14], fields[15], fields[16]) = (x.Result?.Eligible ?? 0m, x.Result?.Deductible ?? 0m, x.Result?.Ratio ?? 0m, x.Result?.Cap ?? 0m);
        for (var i = 0; i < _declared.Count; i++)
        {
            var input = _declared[i];
            fields[FirstDeclared + i] = input.Group == Semantics.Inputs.InputGroup.Claim ? x.Claim?.Inputs[input.Name] : x.Person.Inputs[input.Name];
        }
        return fields;
    }

    /// <param name="throughSettle">
    /// Settle each claim's fund through the emitted class's own <c>Settle</c> (with the engine's carried
    /// totals), so a differential test runs the whole emitted formula, not only its rules.
    /// </param>
    public static Task<RoslynCompiledPolicy> CompileAsync(CheckedPolicy policy, string policyId, ParameterValues values, bool throughSettle = false) =>
        CompileSourceAsync(policy, ScriptSource(policy, policyId), values, throughSettle);

    /// <summary>Compiles a given script source (the emitted one, or in tests a deliberately altered one).</summary>
    internal static async Task<RoslynCompiledPolicy> CompileSourceAsync(CheckedPolicy policy, string source, ParameterValues values, bool throughSettle = false)
    {
        // No reference to PolicyDsl: the emitted class and its adapter stand on System alone.
        var options = ScriptOptions.Default.AddImports("System");
        var (rules, fund, predicates, key, parametersType) = await CSharpScript.EvaluateAsync<(Func<object?[], object, decimal>[],
            Func<object?[], object, bool, (decimal, decimal, decimal, decimal, decimal?, (int, decimal, decimal, bool)[])>, Func<int, object?[], object, bool>[],
            Func<int, object?[], int>, Type)>(source, options);
        var parameters = Activator.CreateInstance(parametersType)!;
        foreach (var symbol in policy.Parameters)
        {
            if (values.ValueOf(symbol) is not { } value) continue;
            var property = parametersType.GetProperty(CSharpNames.MemberName(symbol.Name), BindingFlags.Public | BindingFlags.Instance)!;
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(parameters, value is Enum ? Enum.ToObject(target, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)) : value);
        }
        return new RoslynCompiledPolicy(policy, new ScriptExports(rules, fund, predicates, key, parametersType), parameters, throughSettle);
    }

    public decimal Eligible(EvaluationContext context) => Call(0, context);
    public decimal Deductible(EvaluationContext context) => Call(1, context);
    public decimal Ratio(EvaluationContext context) => Call(2, context);
    public decimal Cap(EvaluationContext context) => Call(3, context);
    public bool HasAccount { get; }
    public decimal Account(EvaluationContext context) => Call(4, context);
    public bool HasRatio { get; }
    public bool HasCap { get; }
    public bool HasFund { get; }
    public bool Excludes(int index, EvaluationContext context) => Translate(() => _predicates[0](index, Fields(context), _parameters));
    public bool TotalCounts(int index, EvaluationContext context) => Translate(() => _predicates[1](index, Fields(context), _parameters));
    public int TotalKey(int index, EvaluationContext context) => Translate(() => _key(index, Fields(context)));

    /// <summary>The fund, with the caps the emitted class met handed to the engine; through Settle, its eligible and deductible must be the engine's.</summary>
    public decimal Fund(EvaluationContext context)
    {
        var (fund, eligible, deductible, room, tightest, caps) = Translate(() => _fund(Fields(context), _parameters, _throughSettle));
        if (_throughSettle && (eligible != context.Result!.Eligible || deductible != context.Result.Deductible))
        {
            throw new InvalidOperationException($"emitted Settle gives eligible {eligible}, deductible {deductible}; the engine {context.Result.Eligible}, {context.Result.Deductible}");
        }
        context.FundRoom = room;
        context.TightestCap = tightest;
        foreach (var (cap, limit, capRoom, bit) in caps) context.Caps.Add(new AppliedCap(cap, limit, capRoom, bit));
        return fund;
    }

    private decimal Call(int rule, EvaluationContext context) => Translate(() => _rules[rule](Fields(context), _parameters));

    /// <summary>
    /// The emitted class throws exceptions whose message starts with the engine's code (PD0303: …);
    /// the engine expects evaluation errors, so translate by that code, and only by it.
    /// </summary>
    private static T Translate<T>(Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (InvalidOperationException e) when (EmittedErrors.Parse(e.Message) is { } error)
        {
            throw new PolicyEvaluationException(error);
        }
    }
}
