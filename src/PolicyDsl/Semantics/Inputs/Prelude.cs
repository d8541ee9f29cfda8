using PolicyDsl.Domain;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Inputs;

/// <summary>
/// The inputs every policy has, declared once: the schema from which the rule-file names, the CSV
/// columns (English and Chinese), their defaults, the accessors of every back end and the verification
/// generators all follow. A policy adds its own with <c>input</c> declarations (see <see cref="InputSchema"/>).
/// </summary>
internal static class Prelude
{
    public static readonly IReadOnlyList<InputSymbol> Inputs =
    [
        // claim.*: one row of a claims file.
        Read(InputGroup.Claim, "amount", PolicyTypes.Money, InputField.ClaimAmount, "amount", "金额", "政策范围内费用", required: true),
        Read(InputGroup.Claim, "date", PolicyTypes.Date, InputField.ClaimDate, "date", "就诊日期", "就诊或购药日期", required: true),
        Read(InputGroup.Claim, "level", PolicyTypes.Level, InputField.ClaimLevel, "level", "医院等级", "医疗机构级别（互联网、药店为依托或开方医院的级别）", required: true),
        Read(InputGroup.Claim, "channel", PolicyTypes.Channel, InputField.ClaimChannel, "channel", "就医渠道", "现场、互联网或药店", Channel.OnSite),
        Read(InputGroup.Claim, "place", PolicyTypes.Place, InputField.ClaimPlace, "place", "就医地", "本地、省内、省外或异地长期居住", Place.Local),
        Read(InputGroup.Claim, "designated", PolicyTypes.Bool, InputField.ClaimDesignated, "designated", "定点", "在定点医药机构并直接结算", true),
        Read(InputGroup.Claim, "inpatient", PolicyTypes.Bool, InputField.ClaimInpatient, "inpatient", "住院期间", "就诊时正在住院", false),
        // person.*: the person columns of a claims or persons file.
        Read(InputGroup.Person, "status", PolicyTypes.Status, InputField.PersonStatus, "status", "人员类别", "在职或退休", required: true),
        Read(InputGroup.Person, "age", PolicyTypes.Int, InputField.PersonAge, "age", "年龄", "周岁", required: true),
        Read(InputGroup.Person, "scheme", PolicyTypes.Scheme, InputField.PersonScheme, "scheme", "参保类型", "参保方式", required: true),
        Read(InputGroup.Person, "oldWorker", PolicyTypes.Bool, InputField.PersonOldWorker, "old_worker", "建国前老工人", "建国前老工人", false),
        Read(InputGroup.Person, "base", PolicyTypes.Money, InputField.PersonBase, "base", "缴费基数", "月缴费基数，0为未知", 0m),
        // year.*: running totals before the claim, declared in Totals below like a policy's own.
        YearTotal(0, "fundPaid", "统筹基金本年度已支付"),
        YearTotal(1, "deductibleMet", "本年度已累计的起付标准"),
        YearTotal(2, "deductibleMetAtLevel", "本年度在同级医疗机构已累计的起付标准"),
        Kept(InputGroup.Month, "month", PolicyTypes.Date, InputField.Month, "划入月份的第一天"),
        // result.*: the settled claim, for invariants.
        Kept(InputGroup.Result, "eligible", PolicyTypes.Money, InputField.ResultEligible, "政策范围内费用（排除后）"),
        Kept(InputGroup.Result, "deductible", PolicyTypes.Money, InputField.ResultDeductible, "本次起付标准"),
        Kept(InputGroup.Result, "ratio", PolicyTypes.Ratio, InputField.ResultRatio, "支付比例"),
        Kept(InputGroup.Result, "cap", PolicyTypes.Money, InputField.ResultCap, "年度最高支付限额"),
        Kept(InputGroup.Result, "fund", PolicyTypes.Money, InputField.ResultFund, "统筹基金支付"),
        Kept(InputGroup.Result, "personal", PolicyTypes.Money, InputField.ResultPersonal, "个人负担"),
        Kept(InputGroup.Result, "fundYtd", PolicyTypes.Money, InputField.ResultFundYearToDate, "统筹基金本年度累计支付（含本次）"),
    ];

    /// <summary>
    /// The prelude's running totals, as a policy would declare them: <c>year.fundPaid = sum fund per year</c>,
    /// <c>year.deductibleMet = sum deductible per year</c>, <c>year.deductibleMetAtLevel = sum deductible per
    /// year by claim.level</c>. They come first in every policy's totals, so the prelude's fund reads
    /// <see cref="FundPaidTotal"/>. Adding one is a line here and one above.
    /// </summary>
    public static readonly IReadOnlyList<TotalDefinition> Totals =
    [
        new(Symbol(InputGroup.Year, "fundPaid"), TotalQuantity.Fund, null, TotalPeriod.Year, null, default),
        new(Symbol(InputGroup.Year, "deductibleMet"), TotalQuantity.Deductible, null, TotalPeriod.Year, null, default),
        new(Symbol(InputGroup.Year, "deductibleMetAtLevel"), TotalQuantity.Deductible, null, TotalPeriod.Year,
            new Bound.BoundInput(Symbol(InputGroup.Claim, "level"), default), default),
    ];

    /// <summary>The index of <c>year.fundPaid</c> among every policy's totals: what the prelude's cap counts against.</summary>
    public const int FundPaidTotal = 0;

    private static InputSymbol Symbol(InputGroup group, string name) => Inputs.Single(i => i.Group == group && i.Name == name);

    /// <summary>The column of the person's id, which every claims and persons file has; it is not a rule input.</summary>
    public const string PersonIdColumn = "person";

    /// <summary>The Chinese header accepted for <see cref="PersonIdColumn"/>.</summary>
    public const string PersonIdChineseColumn = "人员编号";

    private static InputSymbol Read(InputGroup group, string name, PolicyType type, InputField field, string column, string chinese, string description,
        object? @default = null, bool required = false) =>
        new(group, name, type, field, column, chinese, @default, required, description, [], default(TextSpan));

    private static InputSymbol YearTotal(int index, string name, string description) =>
        new(InputGroup.Year, name, PolicyTypes.Money, null, null, null, null, false, description, [], default(TextSpan), index);

    private static InputSymbol Kept(InputGroup group, string name, PolicyType type, InputField field, string description) =>
        new(group, name, type, field, null, null, null, false, description, [], default(TextSpan));
}
