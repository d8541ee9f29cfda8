namespace PolicyDsl.Domain;

/// <summary>
/// One outpatient claim (门诊费用): the policy-range amount (政策范围内费用) of one visit or prescription.
/// For internet and pharmacy claims <see cref="Level"/> is the level of the underlying or prescribing hospital.
/// </summary>
public sealed record Claim(
    Person Person,
    DateOnly Date,
    HospitalLevel Level,
    decimal Amount,
    Channel Channel = Channel.OnSite,
    Place Place = Place.Local,
    bool Designated = true,
    bool Inpatient = false);
