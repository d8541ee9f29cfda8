namespace PolicyDsl.Domain;

/// <summary>就医渠道: how the service was delivered.</summary>
public enum Channel
{
    /// <summary>实体医疗机构现场就诊.</summary>
    OnSite,
    /// <summary>"互联网+" 医疗服务.</summary>
    Internet,
    /// <summary>定点零售药店凭处方配药.</summary>
    Pharmacy,
}
