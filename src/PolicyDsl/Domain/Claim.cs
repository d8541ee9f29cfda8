namespace PolicyDsl.Domain;

/// <summary>
/// One outpatient claim (门诊费用): the policy-range amount (政策范围内费用) of one visit or prescription.
/// For internet and pharmacy claims <see cref="Level"/> is the level of the underlying or prescribing hospital.
/// <see cref="Inputs"/> holds the claim inputs the policy declares itself (<c>input claim.referral</c>).
/// </summary>
/// <param name="Person">Whose claim it is.</param>
/// <param name="Date">The day of the visit or prescription (就诊日期).</param>
/// <param name="Level">The hospital's level (医疗机构等级).</param>
/// <param name="Amount">政策范围内费用 in yuan, at most two decimals.</param>
/// <param name="Channel">On site, internet (互联网) or a designated pharmacy (定点药店).</param>
/// <param name="Place">Where it was treated, against where the person is insured (异地就医).</param>
/// <param name="Designated">Whether the hospital or pharmacy is designated (定点).</param>
/// <param name="Inpatient">Whether the person was an inpatient at the time (住院期间).</param>
/// <param name="Inputs">The claim inputs the policy declares itself.</param>
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
