namespace PolicyDsl.Domain;

/// <summary>医疗机构级别: the level of the hospital that treated (or prescribed for) the claim.</summary>
public enum HospitalLevel
{
    /// <summary>基层医疗卫生机构 (community and township clinics).</summary>
    Primary,
    /// <summary>一级医疗机构.</summary>
    Level1,
    /// <summary>二级医疗机构.</summary>
    Level2,
    /// <summary>三级医疗机构.</summary>
    Level3,
    /// <summary>专科医疗机构 (e.g. infectious-disease or psychiatric hospitals).</summary>
    Specialist,
}
