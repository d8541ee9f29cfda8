namespace PolicyDsl.Semantics.Inputs;

/// <summary>Where an input's value comes from, which decides where a rule may read it.</summary>
internal enum InputGroup
{
    /// <summary><c>claim.*</c>: a column of the claims file; only while a claim is settled.</summary>
    Claim,
    /// <summary><c>person.*</c>: a column of the claims or persons file; everywhere.</summary>
    Person,
    /// <summary><c>year.*</c>: the person's running totals before this claim; only while a claim is settled, never in invariants.</summary>
    Year,
    /// <summary><c>month</c>: the month being credited; only in <c>rule account</c>.</summary>
    Month,
    /// <summary><c>result.*</c>: the settled claim; in invariants, and (its eligible, deductible, ratio and cap) in <c>rule fund</c>.</summary>
    Result,
    /// <summary><c>total.*</c>: running totals the policy declares, before this claim; where <c>year.*</c> may be read.</summary>
    Total,
}
