namespace PolicyDsl.Domain;

/// <summary>参保身份: whether the insured person is working or retired.</summary>
public enum InsuredStatus
{
    /// <summary>在职职工.</summary>
    Employed,
    /// <summary>退休人员.</summary>
    Retired,
}
