using PolicyDsl.Domain;

namespace PolicyDsl.Testing;

/// <summary>
/// A golden case file: cases, each with persons, claims and the results worked out by hand from the
/// notice. Every line keeps its line number so failures point at it.
/// </summary>
internal sealed record CaseFile(string Path, IReadOnlyList<GoldenCase> Cases);

/// <summary>One case: its name, parameter values, persons, and the lines to check.</summary>
internal sealed record GoldenCase(string Name, int Line, IReadOnlyList<CaseSetting> Settings, IReadOnlyList<CasePerson> Persons, IReadOnlyList<CaseStep> Steps);

/// <summary><c>set name = value</c>: a parameter value for this case only.</summary>
internal sealed record CaseSetting(string Name, string Value, int Line);

/// <summary><c>person A retired 70 employer base 6000 oldworker contract=true</c>.</summary>
internal sealed record CasePerson(Person Person, int Line, IReadOnlyList<CaseInput> Inputs);

/// <summary><c>name=value</c> on a person or claim line: an input the policy declares, as written.</summary>
internal sealed record CaseInput(string Name, string Value);

/// <summary>A line that settles or credits something and may state what it expects.</summary>
internal abstract record CaseStep(int Line);

/// <summary><c>claim A 2023-01-05 level2 500.00 inpatient =&gt; deductible 200.00 fund 180.00</c>.</summary>
internal sealed record ClaimStep(string PersonId, DateOnly Date, HospitalLevel Level, decimal Amount, IReadOnlyList<string> Flags,
    IReadOnlyDictionary<string, decimal> Expected, string? ExpectedError, int Line) : CaseStep(Line)
{
    /// <summary>Values for the claim inputs the policy declares (<c>referral=true</c>).</summary>
    public IReadOnlyList<CaseInput> Inputs { get; init; } = [];
}

/// <summary><c>year A 2023 =&gt; fund 600.00 deductible 300.00 personal 700.00</c>: one person's totals for a year.</summary>
internal sealed record YearStep(string PersonId, int Year, IReadOnlyDictionary<string, decimal> Expected, int Line) : CaseStep(Line);

/// <summary><c>account A 2023-05 =&gt; 120.00</c>: the month's personal account credit.</summary>
internal sealed record AccountStep(string PersonId, DateOnly Month, decimal? Expected, string? ExpectedError, int Line) : CaseStep(Line);
