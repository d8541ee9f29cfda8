using PolicyDsl.Compilation;
using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Hosting;
using PolicyDsl.Runtime;
using PolicyDsl.Text;

namespace PolicyDsl.Api.Tests;

/// <summary>The data the facade hands back (diagnostics, errors, settlements, traces, caps, inputs), read as a host would.</summary>
public class DataApiTests
{
    [Fact]
    public void ADiagnosticSaysWhereWhatAndHow()
    {
        const string text = "policy \"x\"\n    city \"x\"\nrule ratio = 60元\n";
        var diagnostic = Policy.Parse(text, "bad.policy").Diagnostics.First(d => d.Severity == Severity.Error);
        Assert.StartsWith("PD", diagnostic.Id);
        Assert.Equal(diagnostic.Descriptor.Id, diagnostic.Id);
        Assert.Equal(Severity.Error, diagnostic.Descriptor.Severity);
        Assert.Equal(diagnostic.Descriptor.Format(diagnostic.Arguments), diagnostic.Message);
        Assert.False(string.IsNullOrEmpty(diagnostic.Descriptor.MessageFormat));
        Assert.Equal(diagnostic.Hint ?? (diagnostic.Descriptor.Hint is null ? null : diagnostic.EffectiveHint), diagnostic.EffectiveHint);

        var source = diagnostic.Source;
        Assert.Equal("bad.policy", source.Path);
        Assert.Equal(text, source.Text);
        Assert.Equal(4, source.LineCount);                                          // three lines and the empty one after the last break
        Assert.Equal("rule ratio = 60元", source.GetLine(3));
        Assert.Equal(new LinePosition(3, 1), source.GetPosition(text.IndexOf("rule", StringComparison.Ordinal)));
        Assert.Equal(diagnostic.Position, source.GetPosition(diagnostic.Span.Start));
        Assert.Equal(diagnostic.Span.Start + diagnostic.Span.Length, diagnostic.Span.End);
        Assert.Equal($"{diagnostic.Position.Line}:{diagnostic.Position.Column}", diagnostic.Position.ToString());
        Assert.Equal($"[{diagnostic.Span.Start}..{diagnostic.Span.End})", diagnostic.Span.ToString());
        Assert.Equal(Severity.Warning, Enum.Parse<Severity>("Warning"));
    }

    [Fact]
    public void AnEvaluationErrorCarriesItsCode()
    {
        var policy = Policy.Parse(HostingApiTests.WithParams, "p.policy").Policy!;          // pension left without a value
        var person = new Person("A", InsuredStatus.Employed, 40, Scheme.Employer);
        var outcome = policy.Compile().Settle([new Claim(person, new DateOnly(2024, 3, 1), HospitalLevel.Level1, 100m)]);
        var error = outcome.Error!;
        Assert.False(outcome.Succeeded);
        Assert.Equal("PD0302", error.Id);                                           // the param has no value
        Assert.Equal(error.Descriptor.Format(error.Arguments), error.Message);
        Assert.Contains("pension", error.Message);
        Assert.Equal($"error PD0302: {error.Message}", error.ToString());
        Assert.True(error.Hint is null || error.Hint.Length > 0);
        Assert.Equal(0, outcome.FailedIndex);
        Assert.Contains("A", outcome.Where);
        Assert.Empty(outcome.Results);
    }

    [Fact]
    public void ASettlementShowsEveryFigureItsCapsAndItsTrace()
    {
        var settler = Policy.Load(Path.Combine(Repository.Policies, "xiangtan.policy")).Policy!.Compile(trace: true);
        var person = new Person("A", InsuredStatus.Employed, 45, Scheme.Employer, OldWorker: false, Base: 6000m);
        var claims = new[]
        {
            new Claim(person, new DateOnly(2023, 1, 5), HospitalLevel.Level2, 500m),
            new Claim(person, new DateOnly(2023, 2, 10), HospitalLevel.Level3, 800m, Channel.OnSite, Place.Local, Designated: true, Inpatient: false),
            new Claim(person, new DateOnly(2023, 3, 1), HospitalLevel.Level1, 100m, Inpatient: true),
        };
        var results = settler.Settle(claims).Results;
        var second = results[1];
        Assert.Equal(1, second.Index);
        Assert.Same(claims[1], second.Claim);
        Assert.Equal(800m, second.Eligible);
        Assert.Equal(100m, second.Deductible);                                      // min(300 − 0, 300 − 200): the year's 300 less the 200 met
        Assert.Equal(0.6m, second.Ratio);
        Assert.Equal(1500m, second.Cap);                                            // 在职
        Assert.Equal(420m, second.Fund);                                            // 60% × (800 − 100)
        Assert.Equal(380m, second.Personal);                                        // 800 − 420
        Assert.Equal(600m, second.FundYearToDate);                                  // 180 + 420
        Assert.Null(second.ExcludedBy);
        var cap = Assert.Single(second.Caps);
        Assert.Equal(AppliedCap.RuleCap, cap.Cap);
        Assert.Equal(1500m, cap.Limit);
        Assert.Equal(1320m, cap.Room);                                              // 1500 − 180 paid before
        Assert.False(cap.Bit);
        Assert.Contains("住院", results[2].ExcludedBy);                              // 第八条
        Assert.Equal(0m, results[2].Fund);

        var trace = second.Trace!;
        var fund = trace.Steps.Single(s => s.Name == "fund");
        Assert.Equal(420m, fund.Value);
        Assert.False(string.IsNullOrEmpty(fund.Explanation));
        Assert.NotEmpty(trace.Steps.Single(s => s.Name == "ratio").Citations);
        Assert.Contains(trace.Citations, c => c.StartsWith("第四条", StringComparison.Ordinal));
        Assert.Empty(trace.Assumptions);
        // The grounds are the trace's citations and assumptions without its steps.
        Assert.Equal(trace.Citations, second.Grounds!.Citations);
        Assert.Equal(trace.Assumptions, second.Grounds.Assumptions);
    }

    [Fact]
    public void AccountCreditsAndAssumptionsSayWhatTheyRestOn()
    {
        var load = Policy.Load(Path.Combine(Repository.Policies, "xiangtan.policy"));
        var settler = load.Policy!.Compile(trace: true);
        var retired = new Person("R", InsuredStatus.Retired, 68, Scheme.Employer);
        var credit = Assert.Single(settler.Credit([retired], new DateOnly(2023, 3, 15)).Results);
        Assert.Same(retired, credit.Person);
        Assert.Equal(new DateOnly(2023, 3, 1), credit.Month);
        Assert.Equal(75m, credit.Credit);                                           // 第十条: 退休 75元 a month
        Assert.NotEmpty(credit.Citations);
        Assert.Empty(credit.Assumptions);
        Assert.Null(credit.Error);

        var assumption = new Assumption("pension", "3600元", "估计");
        Assert.Equal(("pension", "3600元", "估计"), (assumption.Parameter, assumption.Value, assumption.Reason));
    }

    [Fact]
    public void DeclaredInputsAreValuesByName()
    {
        var inputs = InputValues.Empty.With("contract", true).With("visits", 3);
        Assert.Equal(0, InputValues.Empty.Count);
        Assert.Equal(2, inputs.Count);
        Assert.Equal(true, inputs["contract"]);
        Assert.Null(inputs["nope"]);
        Assert.Equal(["contract", "visits"], inputs.All.Select(v => v.Key));
        Assert.Equal(new InputValues([new("visits", 3), new("contract", true)]), inputs);
        Assert.Equal(inputs.GetHashCode(), new InputValues(inputs.All).GetHashCode());
        Assert.False(inputs.Equals(InputValues.Empty));
        Assert.False(inputs.Equals((object)"contract=True"));
        Assert.Equal("contract=True, visits=3", inputs.ToString());
        Assert.Equal(4, inputs.With("visits", 4)["visits"]);
        Assert.Equal(2, inputs.With("visits", 4).Count);                            // replaced, not added

        var person = new Person("B", InsuredStatus.Retired, 70, Scheme.Flexible, OldWorker: true, Base: 0m, Inputs: inputs);
        var claim = new Claim(person, new DateOnly(2024, 1, 2), HospitalLevel.Specialist, 10m, Channel.Internet, Place.ResidentElsewhere);
        Assert.Equal((person.Id, person.Status, person.Age, person.Scheme, person.OldWorker, person.Base, person.Inputs), ("B", InsuredStatus.Retired, 70, Scheme.Flexible, true, 0m, inputs));
        Assert.Equal((claim.Person, claim.Date, claim.Level, claim.Amount, claim.Channel, claim.Place, claim.Designated, claim.Inpatient), (person, new DateOnly(2024, 1, 2), HospitalLevel.Specialist, 10m, Channel.Internet, Place.ResidentElsewhere, true, false));
        Assert.Same(InputValues.Empty, claim.Inputs);
    }

    [Fact]
    public void EveryDomainValueHasItsName()
    {
        // The names hosts map their own codes to; renaming one breaks every host's mapping.
        Assert.Equal([HospitalLevel.Primary, HospitalLevel.Level1, HospitalLevel.Level2, HospitalLevel.Level3, HospitalLevel.Specialist], Enum.GetValues<HospitalLevel>());
        Assert.Equal([InsuredStatus.Employed, InsuredStatus.Retired], Enum.GetValues<InsuredStatus>());
        Assert.Equal([Channel.OnSite, Channel.Internet, Channel.Pharmacy], Enum.GetValues<Channel>());
        Assert.Equal([Place.Local, Place.Province, Place.OutOfProvince, Place.ResidentElsewhere], Enum.GetValues<Place>());
        Assert.Equal([Scheme.Employer, Scheme.Individual1, Scheme.Individual2, Scheme.Flexible, Scheme.SinglePool, Scheme.LumpSum], Enum.GetValues<Scheme>());
    }

    [Fact]
    public void AStoredStateIsPlainDataAHostCanRebuild()
    {
        var settler = Policy.Load(Path.Combine(Repository.Policies, "xiangtan.policy")).Policy!.Compile();
        var person = new Person("A", InsuredStatus.Employed, 45, Scheme.Employer);
        var first = settler.Settle(new Claim(person, new DateOnly(2023, 1, 5), HospitalLevel.Level2, 500m), PersonState.Start("A")).State;
        Assert.Equal("A", first.PersonId);
        Assert.All(first.Totals, t => Assert.Equal(new DateOnly(2023, 1, 1), t.Period));     // every Xiangtan total is per year

        // As a host's own store would give it back: its own lists, its own records.
        var rebuilt = new PersonState(first.PersonId, first.LastDate, first.Totals.Select(t => new CarriedTotal(t.Name, t.Period, t.Values.ToArray())).ToList());
        var next = new Claim(person, new DateOnly(2023, 2, 10), HospitalLevel.Level3, 800m);
        Assert.Equal(100m, settler.Settle(next, rebuilt).Settlement!.Deductible);            // 300 a year less the 200 met at Level2
        var altered = rebuilt with { Totals = rebuilt.Totals.Select(t => t with { Name = t.Name + "x" }).ToList() };
        Assert.Equal("PD0312", settler.Settle(next, altered).Error!.Id);
        Assert.Equal("PD0312", settler.Settle(next, rebuilt with { PersonId = "B" }).Error!.Id);
    }

    [Fact]
    public void ResultsAreRecordsAHostCanBuildForItsOwnTests()
    {
        // A host's test doubles (a settler stub, a fake store) build the facade's results; they compare by value.
        var person = new Person("A", InsuredStatus.Employed, 45, Scheme.Employer);
        var claim = new Claim(person, new DateOnly(2024, 1, 2), HospitalLevel.Level1, 100m);
        var descriptor = new DiagnosticDescriptor("PD0302", Severity.Error, "parameter '{0}' has no value");
        var error = new EvaluationError(descriptor, ["pension"]);
        Assert.Equal("parameter 'pension' has no value", error.Message);
        var trace = new SettlementTrace([new TraceStep("fund", 70m, "70% × 100", ["第四条"])], ["第四条"], []);
        var settlement = new Settlement(0, claim, 100m, 0m, 0.7m, 1500m, 70m, 30m, 70m, null, trace, [new AppliedCap(AppliedCap.RuleCap, 1500m, 1500m, false)]);
        var grounded = settlement with { Grounds = new SettlementGrounds(["第四条"], []) };
        Assert.Equal(["第四条"], grounded.Grounds!.Citations);
        var state = new PersonState("A", claim.Date, []);
        Assert.True(new ClaimOutcome(settlement, state, null).Succeeded);
        Assert.False(new ClaimOutcome(null, state, error).Succeeded);
        Assert.True(new RunOutcome<Settlement>([settlement], null, null).Succeeded);
        Assert.Equal(75m, new AccountCredit(person, new DateOnly(2024, 1, 1), 75m, [], []).Credit);
        Assert.Equal(settlement with { Fund = 71m }, settlement with { Fund = 71m });
        var diagnostic = Policy.Parse("policy \"x\"\nrule ratio = 60元", "bad.policy").Diagnostics[0];
        var moved = new Diagnostic(diagnostic.Descriptor, diagnostic.Source, new TextSpan(0, 6), diagnostic.Arguments);
        Assert.Equal(new LinePosition(1, 1), moved.Position);
        Assert.Null(new PolicyLoad(null, [moved]).Policy);
    }
}
