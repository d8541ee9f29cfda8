namespace PolicyDsl.Domain;

/// <summary>就医地: where the visit happened relative to where the person is insured.</summary>
public enum Place
{
    /// <summary>参保地.</summary>
    Local,
    /// <summary>省内其他地市.</summary>
    Province,
    /// <summary>省外.</summary>
    OutOfProvince,
    /// <summary>异地长期居住人员在备案居住地就医.</summary>
    ResidentElsewhere,
}
