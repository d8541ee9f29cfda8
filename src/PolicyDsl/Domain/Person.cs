namespace PolicyDsl.Domain;

/// <summary>参保人: what a policy may ask of the insured person.</summary>
/// <param name="Id">The person's id as given in the input.</param>
/// <param name="Status">在职 or 退休.</param>
/// <param name="Age">Age in whole years on the date in question.</param>
/// <param name="Scheme">参保方式.</param>
/// <param name="OldWorker">建国前老工人.</param>
/// <param name="Base">参保缴费基数 (monthly contribution base), 0 when not known.</param>
/// <param name="Inputs">The person inputs the policy declares itself (<c>input person.contract</c>).</param>
public sealed record Person(string Id, InsuredStatus Status, int Age, Scheme Scheme, bool OldWorker = false, decimal Base = 0m, InputValues? Inputs = null)
{
    /// <summary>The declared person inputs; empty, never null.</summary>
    public InputValues Inputs { get; init; } = Inputs ?? InputValues.Empty;
}
