using System.Globalization;
using PolicyDsl.Compilation;
using PolicyDsl.Domain;
using PolicyDsl.Runtime;
using PolicyDsl.Runtime.Parameters;
using PolicyDsl.Semantics;
using PolicyDsl.Semantics.Inputs;

namespace PolicyDsl.Testing;

/// <summary>
/// Runs golden cases: each case's claims are settled together (so deductibles and caps accumulate as
/// in real life) with the case's own parameter values, then every stated expectation is compared to the fen.
/// </summary>
/// <param name="backEnd">What settles a case with its param values; the engine with the compiled rules when not given.</param>
internal sealed class CaseRunner(CheckedPolicy policy, string policyId, Func<ParameterValues, ICaseBackEnd>? backEnd = null)
{
    // A case checks figures and errors, never citations: nothing is traced.
    private readonly CompiledPolicy _compiled = CompiledPolicy.Compile(policy);

    public CaseResult Run(GoldenCase goldenCase)
    {
        var differences = new List<string>();
        if (goldenCase.Steps.Count == 0) return new CaseResult(goldenCase, [$"line {goldenCase.Line}: the case checks nothing"]);
        var assignments = goldenCase.Settings.Select(s => new ParameterAssignment(null, s.Name, s.Value, null, $"line {s.Line}"));
        var (parameters, errors) = ParameterBinding.Bind(policy, policyId, assignments.Select(a => a with { Location = "--set" }));
        differences.AddRange(errors.Select(e => $"{e.Message}"));
        if (differences.Count > 0) return new CaseResult(goldenCase, differences);

        var persons = goldenCase.Persons.ToDictionary(p => p.Person.Id, p => p.Person with { Inputs = Declared(p.Inputs, InputGroup.Person, p.Line, differences) });
        var claimSteps = goldenCase.Steps.OfType<ClaimStep>().ToList();
        var claims = claimSteps.Select(c => ToClaim(c, persons[c.PersonId]) with { Inputs = Declared(c.Inputs, InputGroup.Claim, c.Line, differences) }).ToList();
        if (differences.Count > 0) return new CaseResult(goldenCase, differences);
        var engine = backEnd is null ? new EngineBackEnd(new SettlementEngine(policy, _compiled, parameters, Recording.Figures)) : backEnd(parameters);
        var settled = SettleUpToFirstError(engine, claims, claimSteps, differences);

        foreach (var (step, index) in claimSteps.Select((s, i) => (s, i)))
        {
            if (step.ExpectedError is not null || !settled.TryGetValue(index, out var s)) continue;
            foreach (var (name, expected) in step.Expected)
            {
                decimal? actual = name switch
                {
                    "deductible" => s.Deductible,
                    "fund" => s.Fund,
                    "personal" => s.Personal,
                    "eligible" => s.Eligible,
                    "ratio" => s.Ratio,
                    "cap" => s.Cap,
                    _ => s.FundYearToDate,
                };
                if (actual != expected) differences.Add($"line {step.Line}: {name} expected {Show(name, expected)}, got {(actual is { } a ? Show(name, a) : "none")}");
            }
        }
        foreach (var step in goldenCase.Steps.OfType<YearStep>())
        {
            var ofYear = settled.Values.Where(s => s.Claim.Person.Id == step.PersonId && s.Claim.Date.Year == step.Year).ToList();
            foreach (var (name, expected) in step.Expected)
            {
                var actual = name switch
                {
                    "deductible" => ofYear.Sum(s => s.Deductible),
                    "fund" => ofYear.Sum(s => s.Fund),
                    "personal" => ofYear.Sum(s => s.Personal),
                    "eligible" => ofYear.Sum(s => s.Eligible),
                    _ => decimal.MinValue,
                };
                if (actual != expected) differences.Add($"line {step.Line}: {step.Year} total {name} expected {Show(name, expected)}, got {Show(name, actual)}");
            }
        }
        foreach (var step in goldenCase.Steps.OfType<AccountStep>())
        {
            var outcome = engine.Credit([persons[step.PersonId]], step.Month);
            if (step.ExpectedError is { } id)
            {
                if (outcome.Error?.Id != id) differences.Add($"line {step.Line}: expected error {id}, got {(outcome.Error is null ? "a credit of " + Money.Format(outcome.Results[0].Credit!.Value) : outcome.Error.ToString())}");
            }
            else if (!outcome.Succeeded)
            {
                differences.Add($"line {step.Line}: {outcome.Error}");
            }
            else if (outcome.Results[0].Credit != step.Expected)
            {
                differences.Add($"line {step.Line}: credit expected {Money.Format(step.Expected!.Value)}, got {Money.Format(outcome.Results[0].Credit!.Value)}");
            }
        }
        return new CaseResult(goldenCase, differences);
    }

    /// <summary>
    /// Settles the claims; a claim that is expected to fail (an unstated value, a claim out of force)
    /// is checked for its error and left out, and settlement goes on with the rest.
    /// </summary>
    private static Dictionary<int, Settlement> SettleUpToFirstError(ICaseBackEnd engine, List<Claim> claims, List<ClaimStep> steps, List<string> differences)
    {
        var expectedErrors = steps.Select((s, i) => (s, i)).Where(p => p.s.ExpectedError is not null).ToList();
        foreach (var (step, index) in expectedErrors)
        {
            var alone = engine.Settle([claims[index]]);
            if (alone.Error?.Id != step.ExpectedError)
            {
                differences.Add($"line {step.Line}: expected error {step.ExpectedError}, got {(alone.Error is null ? "a settlement" : alone.Error.ToString())}");
            }
        }
        var keep = Enumerable.Range(0, claims.Count).Where(i => steps[i].ExpectedError is null).ToList();
        var outcome = engine.Settle(keep.Select(i => claims[i]).ToList());
        if (!outcome.Succeeded) differences.Add($"{outcome.Where}: {outcome.Error}");
        return outcome.Results.ToDictionary(s => keep[s.Index], s => s);
    }

    /// <summary>The <c>name=value</c> pairs of a line, read against the types of the inputs the policy declares.</summary>
    private InputValues Declared(IReadOnlyList<CaseInput> inputs, InputGroup group, int line, List<string> differences)
    {
        if (inputs.Count == 0) return InputValues.Empty;
        var values = new List<KeyValuePair<string, object>>();
        foreach (var (name, text) in inputs)
        {
            var input = policy.Inputs.Declared.FirstOrDefault(i => i.Name == name && i.Group == group);
            if (input is null)
            {
                var known = policy.Inputs.Declared.Where(i => i.Group == group).Select(i => i.Name).ToList();
                differences.Add($"line {line}: the policy declares no {InputSymbol.GroupName(group)} input '{name}'" +
                    (known.Count == 0 ? "" : $" (it has {string.Join(", ", known)})"));
                continue;
            }
            if (ParameterText.TryParse(text, input.Type, out var value, out var error)) values.Add(new(name, value!));
            else differences.Add($"line {line}: {input.QualifiedName}: {error}");
        }
        return new InputValues(values);
    }

    private static Claim ToClaim(ClaimStep step, Person person)
    {
        var flags = step.Flags.ToHashSet();
        var channel = flags.Contains("internet") ? Channel.Internet : flags.Contains("pharmacy") ? Channel.Pharmacy : Channel.OnSite;
        var place = flags.Contains("province") ? Place.Province
            : flags.Contains("out_of_province") ? Place.OutOfProvince
            : flags.Contains("resident_elsewhere") ? Place.ResidentElsewhere
            : Place.Local;
        return new Claim(person, step.Date, step.Level, step.Amount, channel, place, !flags.Contains("nondesignated"), flags.Contains("inpatient"));
    }

    private sealed class EngineBackEnd(SettlementEngine engine) : ICaseBackEnd
    {
        public RunOutcome<Settlement> Settle(IReadOnlyList<Claim> claims) => engine.Settle(claims);

        public RunOutcome<AccountCredit> Credit(IReadOnlyList<Person> persons, DateOnly month) => engine.Credit(persons, month);
    }

    private static string Show(string name, decimal value) =>
        name == "ratio" ? (value * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" : Money.Format(value);
}
