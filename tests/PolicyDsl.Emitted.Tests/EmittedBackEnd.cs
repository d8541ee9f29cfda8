using System.Reflection;
using System.Text.Json;
using PolicyDsl.Compilation;
using PolicyDsl.Compilation.CSharp;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Semantics;
using PolicyDsl.Testing;

namespace PolicyDsl.Emitted.Tests;

/// <summary>
/// One emitted class behind the golden cases' runner: each claim and person becomes the class's
/// <c>Input</c>, the case's params its <c>Parameters</c>, and its results the engine's records, so the
/// runner compares them to the hand-worked figures exactly as it does the engine's. Settled as a batch
/// (<c>Settle(claims, parameters)</c>), or a claim at a time through <c>Settle(claim, ref state, parameters)</c>
/// with each person's state stored as JSON between claims, as a counter system would.
/// </summary>
internal sealed class EmittedBackEnd : ICaseBackEnd
{
    private readonly Type _class;
    private readonly CheckedPolicy _policy;
    private readonly object _parameters;
    private readonly bool _oneByOne;
    private readonly Type _input;
    private readonly Type _state;

    public EmittedBackEnd(Type emittedClass, CheckedPolicy policy, ParameterValues values, bool oneByOne)
    {
        (_class, _policy, _oneByOne) = (emittedClass, policy, oneByOne);
        _input = Nested("Input");
        _state = Nested("PersonState");
        _parameters = Activator.CreateInstance(Nested("Parameters"))!;
        foreach (var symbol in policy.Parameters)
        {
            if (values.ValueOf(symbol) is { } value) Set(_parameters, CSharpNames.MemberName(symbol.Name), value);
        }
    }

    public RunOutcome<Settlement> Settle(IReadOnlyList<Claim> claims)
    {
        var inputs = Array.CreateInstance(_input, claims.Count);
        for (var i = 0; i < claims.Count; i++) inputs.SetValue(Input(claims[i].Person, claims[i]), i);
        try
        {
            var settled = _oneByOne ? OneByOne(claims, inputs) : Call<Array>("Settle", inputs, _parameters);
            return new RunOutcome<Settlement>(claims.Select((claim, i) => ToSettlement(i, claim, settled.GetValue(i)!)).ToList(), null, null);
        }
        catch (InvalidOperationException e) when (Code(e) is { } code)
        {
            int? index = ((dynamic)e).ClaimIndex;
            return new RunOutcome<Settlement>([], Error(code, e.Message), $"claim {index + 1}", index);
        }
    }

    public RunOutcome<AccountCredit> Credit(IReadOnlyList<Person> persons, DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var credits = new List<AccountCredit>();
        EvaluationError? firstError = null;
        foreach (var person in persons)
        {
            try
            {
                credits.Add(new AccountCredit(person, first, Call<decimal>("Credit", Input(person, null), first, _parameters), [], []));
            }
            catch (InvalidOperationException e) when (Code(e) is { } code)
            {
                credits.Add(new AccountCredit(person, first, null, [], [], firstError ??= Error(code, e.Message)));
            }
        }
        return new RunOutcome<AccountCredit>(credits, firstError, firstError is null ? null : "person");
    }

    /// <summary>Each person's claims in date order, one at a time, the state read back from JSON before each.</summary>
    private Array OneByOne(IReadOnlyList<Claim> claims, Array inputs)
    {
        var settled = Array.CreateInstance(Nested("Settlement"), claims.Count);
        var stored = new Dictionary<string, string>();
        var start = _state.GetMethod("Start")!;
        var settle = _class.GetMethods().Single(m => m.Name == "Settle" && m.GetParameters() is { Length: 3 } p && p[1].ParameterType.IsByRef);
        foreach (var index in Enumerable.Range(0, claims.Count).OrderBy(i => claims[i].Date))
        {
            var id = claims[index].Person.Id;
            var state = stored.TryGetValue(id, out var json) ? JsonSerializer.Deserialize(json, _state) : start.Invoke(null, [id]);
            var arguments = new[] { inputs.GetValue(index), state, _parameters };
            settled.SetValue(Unwrap(() => settle.Invoke(null, arguments)), index);
            stored[id] = JsonSerializer.Serialize(arguments[1], _state);
        }
        return settled;
    }

    /// <summary>The class's Input for a claim (or, for a credit, only a person), declared inputs and all.</summary>
    private object Input(Person person, Claim? claim)
    {
        var constructor = _input.GetConstructors().Single(c => c.GetParameters().Length == 12);
        var types = constructor.GetParameters().Select(p => p.ParameterType).ToArray();
        var input = constructor.Invoke(new object?[] { claim?.Date ?? default, claim?.Amount ?? 0m, Enum.ToObject(types[2], (int)(claim?.Level ?? default)),
            Enum.ToObject(types[3], (int)(claim?.Channel ?? default)), Enum.ToObject(types[4], (int)(claim?.Place ?? default)), claim?.Designated ?? true,
            claim?.Inpatient ?? false, Enum.ToObject(types[7], (int)person.Status), person.Age, Enum.ToObject(types[9], (int)person.Scheme), person.OldWorker, person.Base });
        Set(input, "PersonId", person.Id);
        foreach (var declared in _policy.Inputs.Declared)
        {
            var value = declared.Group == Semantics.Inputs.InputGroup.Claim ? claim?.Inputs[declared.Name] : person.Inputs[declared.Name];
            if (value is not null) Set(input, CSharpNames.DeclaredInput(declared.Name).TrimStart('@'), value);
        }
        return input;
    }

    private static Settlement ToSettlement(int index, Claim claim, dynamic s) =>
        new(index, claim, (decimal)s.Eligible, (decimal)s.Deductible, (decimal?)s.Ratio, (decimal?)s.Cap, (decimal)s.Fund, (decimal)s.Personal, (decimal)s.FundYearToDate,
            (string?)s.ExcludedBy, null, Array.Empty<AppliedCap>());

    /// <summary>The code of the class's own SettlementException (PD0301, …); null for any other exception, which the test should see.</summary>
    private string? Code(InvalidOperationException e) => e.GetType().DeclaringType == _class ? (string)((dynamic)e).Code : null;

    private static EvaluationError Error(string code, string message) => new(new DiagnosticDescriptor(code, Severity.Error, "{0}"), [message]);

    private T Call<T>(string name, params object[] arguments)
    {
        var method = _class.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == arguments.Length && !m.GetParameters()[^2].ParameterType.IsByRef
            && m.GetParameters()[0].ParameterType.IsAssignableFrom(arguments[0].GetType()));
        return (T)Unwrap(() => method.Invoke(null, arguments))!;
    }

    private static object? Unwrap(Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private Type Nested(string name) => _class.GetNestedType(name) ?? throw new InvalidOperationException($"{_class.Name} has no {name}");

    /// <summary>Sets a property, a library enum value as the emitted enum of the same member.</summary>
    private static void Set(object target, string name, object value)
    {
        var property = target.GetType().GetProperty(name) ?? throw new InvalidOperationException($"{target.GetType().Name} has no {name}");
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        property.SetValue(target, type.IsEnum ? Enum.ToObject(type, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)) : value);
    }
}
