namespace PolicyDsl.Domain;

/// <summary>
/// One outpatient claim (门诊费用): the policy-range amount (政策范围内费用) of one visit or prescription.
/// For internet and pharmacy claims <see cref="Level"/> is the level of the underlying or prescribing hospital.
/// <see cref="Inputs"/> holds the claim inputs the policy declares itself (<c>input claim.referral</c>).
/// </summary>
public sealed record Claim(
    Person Person,
    DateOnly Date,
    HospitalLevel Level,
    decimal Amount,
    Channel Channel = Channel.OnSite,
    Place Place = Place.Local,
    bool Designated = true,
    bool Inpatient = false,
    InputValues? Inputs = null)
{
    /// <summary>The declared claim inputs; empty, never null.</summary>
    public InputValues Inputs { get; init; } = Inputs ?? InputValues.Empty;
}
