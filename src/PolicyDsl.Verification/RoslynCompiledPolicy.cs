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
public sealed class RoslynCompiledPolicy : IRuleEvaluator
{
    private readonly Func<EvaluationContext, object, decimal>[] _rules;
    private readonly Func<int, EvaluationContext, object, bool>[] _predicates;
    private readonly Func<int, EvaluationContext, int> _key;
    private readonly object _parameters;

    private readonly bool _throughSettle;

    private RoslynCompiledPolicy(CheckedPolicy policy, Func<EvaluationContext, object, decimal>[] rules,
        Func<int, EvaluationContext, object, bool>[] predicates, Func<int, EvaluationContext, int> key, object parameters, bool throughSettle)
    {
        _key = key;
        _throughSettle = throughSettle;
        _rules = rules;
        _predicates = predicates;
        _parameters = parameters;
        HasAccount = policy.Rules.Account is not null;
        HasRatio = policy.Rules.Ratio is not null;
        HasCap = policy.Rules.Cap is not null;
        HasFund = policy.Rules.Fund is not null || throughSettle;
    }

    /// <summary>The emitted source, with the adapter from the engine's context appended.</summary>
    public static string ScriptSource(CheckedPolicy policy, string policyId)
    {
        var c = CSharpNames.ClassName(policyId);
        return CSharpEmitter.Emit(policy, policyId) + $$"""

            static {{c}}.Input Adapt(PolicyDsl.Compilation.EvaluationContext x) => new {{c}}.Input(
                x.Date, x.Claim?.Amount ?? 0m, ({{c}}.HospitalLevel)(int)(x.Claim?.Level ?? default), ({{c}}.Channel)(int)(x.Claim?.Channel ?? default),
                ({{c}}.Place)(int)(x.Claim?.Place ?? default), x.Claim?.Designated ?? true, x.Claim?.Inpatient ?? false,
                ({{c}}.InsuredStatus)(int)x.Person.Status, x.Person.Age, ({{c}}.Scheme)(int)x.Person.Scheme, x.Person.OldWorker, x.Person.Base){{DeclaredInputs(policy, c)}};

            static {{c}}.Figures Figures(PolicyDsl.Compilation.EvaluationContext x) => new {{c}}.Figures
            {
                Eligible = x.Result?.Eligible ?? 0m, Deductible = x.Result?.Deductible ?? 0m, Ratio = x.Result?.Ratio ?? 0m, Cap = x.Result?.Cap ?? 0m,
            };

            // The emitted class's own Settle, given the engine's carried totals: its figures must be the engine's.
            static decimal Settled(PolicyDsl.Compilation.EvaluationContext x, {{c}}.Parameters p)
            {
                var input = Adapt(x);
                var r = {{c}}.Settle(input, p);
                if (r.Eligible != x.Result!.Eligible || r.Deductible != x.Result.Deductible)
                    throw new System.InvalidOperationException($"emitted Settle gives eligible {r.Eligible}, deductible {r.Deductible}; the engine {x.Result.Eligible}, {x.Result.Deductible}");
                x.FundRoom = input.Result.Room;
                x.TightestCap = input.Result.TightestCap;
                foreach (var (cap, limit, room, bit) in input.Result.Caps) x.Caps.Add(new PolicyDsl.Compilation.AppliedCap(cap, limit, room, bit));
                return r.Fund;
            }

            static decimal Fund(PolicyDsl.Compilation.EvaluationContext x, {{c}}.Parameters p)
            {
                // The emitted class keeps the tightest cap's room in its Figures; the engine reads it from the context.
                var input = Adapt(x);
                var fund = {{c}}.Fund(input, p);
                x.FundRoom = input.Result.Room;
                x.TightestCap = input.Result.TightestCap;
                foreach (var (cap, limit, room, bit) in input.Result.Caps) x.Caps.Add(new PolicyDsl.Compilation.AppliedCap(cap, limit, room, bit));
                return fund;
            }

            (new System.Func<PolicyDsl.Compilation.EvaluationContext, object, decimal>[]
            {
                (x, p) => {{c}}.Eligible(Adapt(x), ({{c}}.Parameters)p),
                (x, p) => {{c}}.Deductible(Adapt(x), ({{c}}.Parameters)p),
                (x, p) => {{c}}.Ratio(Adapt(x), ({{c}}.Parameters)p),
                (x, p) => {{c}}.Cap(Adapt(x), ({{c}}.Parameters)p),
                // Rounding twice to the same step changes nothing, so the engine's rounding after RoundAccount checks it.
                (x, p) => {{c}}.RoundAccount({{c}}.Account(Adapt(x), ({{c}}.Parameters)p)),
                (x, p) => Fund(x, ({{c}}.Parameters)p),
                (x, p) => Settled(x, ({{c}}.Parameters)p),
            },
            new System.Func<int, PolicyDsl.Compilation.EvaluationContext, object, bool>[]
            {
                (i, x, p) => {{c}}.Excludes(i, Adapt(x), ({{c}}.Parameters)p),
                (i, x, p) => {{c}}.TotalCounts(i, Adapt(x), ({{c}}.Parameters)p),
            },
            new System.Func<int, PolicyDsl.Compilation.EvaluationContext, int>((i, x) => {{c}}.TotalKey(i, Adapt(x))),
            typeof({{c}}.Parameters))
            """;
    }

    /// <summary>
    /// <c>{ contract = (bool?)x.Person.Inputs["contract"], ... }</c>: a declared input the row leaves out
    /// stays null, so the emitted class applies its own default (or reports the missing input).
    /// </summary>
    private static string DeclaredInputs(CheckedPolicy policy, string c)
    {
        var members = policy.Inputs.Declared.Select((i, index) =>
        {
            var owner = i.Group == Semantics.Inputs.InputGroup.Claim ? "x.Claim?.Inputs" : "x.Person.Inputs";
            var type = CSharpNames.Type(i.Type);
            var read = i.Type is Semantics.Types.EnumType
                ? $"({owner}?[{CSharpNames.Literal(i.Name)}] is {{ }} v{index} ? ({c}.{type}?)(int)v{index} : null)"
                : $"({type}?){owner}?[{CSharpNames.Literal(i.Name)}]";
            return $"{CSharpNames.DeclaredInput(i.Name)} = {read}";
        }).Prepend("Totals = x.Totals, Result = Figures(x)");
        return " { " + string.Join(", ", members) + " }";
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
        var options = ScriptOptions.Default
            .AddReferences(typeof(EvaluationContext).Assembly)
            .AddImports("System");
        var (rules, predicates, key, parametersType) = await CSharpScript.EvaluateAsync<(Func<EvaluationContext, object, decimal>[], Func<int, EvaluationContext, object, bool>[],
            Func<int, EvaluationContext, int>, Type)>(source, options);
        var parameters = Activator.CreateInstance(parametersType)!;
        foreach (var symbol in policy.Parameters)
        {
            if (values.ValueOf(symbol) is not { } value) continue;
            var property = parametersType.GetProperty(CSharpNames.MemberName(symbol.Name), BindingFlags.Public | BindingFlags.Instance)!;
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(parameters, value is Enum ? Enum.ToObject(target, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)) : value);
        }
        return new RoslynCompiledPolicy(policy, rules, predicates, key, parameters, throughSettle);
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
    public decimal Fund(EvaluationContext context) => Call(_throughSettle ? 6 : 5, context);
    public bool Excludes(int index, EvaluationContext context) => Translate(() => _predicates[0](index, context, _parameters));
    public bool TotalCounts(int index, EvaluationContext context) => Translate(() => _predicates[1](index, context, _parameters));
    public int TotalKey(int index, EvaluationContext context) => Translate(() => _key(index, context));

    private decimal Call(int rule, EvaluationContext context) => Translate(() => _rules[rule](context, _parameters));

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
