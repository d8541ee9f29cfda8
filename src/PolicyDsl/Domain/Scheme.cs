namespace PolicyDsl.Domain;

/// <summary>参保方式: how the person is enrolled in employee medical insurance.</summary>
public enum Scheme
{
    /// <summary>随单位参保.</summary>
    Employer,
    /// <summary>个人参保一档.</summary>
    Individual1,
    /// <summary>个人参保二档.</summary>
    Individual2,
    /// <summary>灵活就业人员.</summary>
    Flexible,
    /// <summary>单建统筹 (pooling only, no personal account).</summary>
    SinglePool,
    /// <summary>趸缴人员 (lump-sum payers).</summary>
    LumpSum,
}
