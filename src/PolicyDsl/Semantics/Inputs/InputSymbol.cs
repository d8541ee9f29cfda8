using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Inputs;

/// <summary>
/// One fact a rule may read (<c>claim.amount</c>, <c>person.contract</c>, <c>year.fundPaid</c>): its type,
/// where it is read from, and for claim and person inputs the CSV column, its Chinese alias, and a
/// default or "required". Every reader, accessor, generator and back end is driven by these, so adding
/// an input is one declaration: a line of the <see cref="Prelude"/>, or an <c>input</c> in a policy.
/// </summary>
internal sealed class InputSymbol(
    InputGroup group, string name, PolicyType type, InputField? builtin, string? column, string? chineseColumn,
    object? @default, bool required, string? description, IReadOnlyList<CitationRef> citations, TextSpan span, int? totalIndex = null)
    : Symbol(name, span)
{
    /// <summary>For a running total (the prelude's <c>year.*</c> or a declared <c>total.*</c>), its place among the policy's totals.</summary>
    public int? TotalIndex { get; } = totalIndex;

    public InputGroup Group { get; } = group;
    public PolicyType Type { get; } = type;

    /// <summary>The engine property a prelude input reads; null for one a policy declares (kept in <c>Inputs</c> by name).</summary>
    public InputField? Builtin { get; } = builtin;

    /// <summary>The CSV column (snake_case English); null for inputs that are not read from files.</summary>
    public string? Column { get; } = column;

    /// <summary>The Chinese header accepted for the same column (人员类别, 签约家庭医生, …).</summary>
    public string? ChineseColumn { get; } = chineseColumn;

    /// <summary>The value when a row leaves the cell empty or the column out; null when <see cref="Required"/>.</summary>
    public object? Default { get; } = @default;

    public bool Required { get; } = required;
    public string? Description { get; } = description;
    public IReadOnlyList<CitationRef> Citations { get; } = citations;

    /// <summary>A claim or person input kept by name (declared by the policy, or a prelude line with no engine property), not a total.</summary>
    public bool IsDeclared => Builtin is null && TotalIndex is null;

    /// <summary>The name as written in a rule file: <c>claim.amount</c>, or <c>month</c>.</summary>
    public string QualifiedName => Group == InputGroup.Month ? "month" : $"{GroupName(Group)}.{Name}";

    public static string GroupName(InputGroup group) => group switch
    {
        InputGroup.Claim => "claim",
        InputGroup.Person => "person",
        InputGroup.Year => "year",
        InputGroup.Result => "result",
        InputGroup.Total => "total",
        _ => "month",
    };
}
