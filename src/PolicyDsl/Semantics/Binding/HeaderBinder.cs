using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Binding;

/// <summary>Checks the header: each field once, the required ones present, the period in force the right way round.</summary>
internal static class HeaderBinder
{
    public static PolicyInfo? Bind(PolicyHeader? header, BindingContext context)
    {
        if (header is null) return null;
        var diagnostics = context.Diagnostics;
        var seen = new Dictionary<string, HeaderField>();
        var notices = new List<string>();
        foreach (var field in header.Fields)
        {
            var name = field switch { CityField => "city", NoticeField => "notice", IssuedField => "issued", _ => "in force" };
            if (name != "notice" && !seen.TryAdd(name, field)) diagnostics.Report(DiagnosticCatalogue.DuplicateHeaderField, field.Span, name);
            if (field is NoticeField notice) notices.Add(notice.Notice);
        }
        var keyword = new TextSpan(header.Span.Start, "policy".Length);
        foreach (var required in new[] { "city", "issued", "in force" })
        {
            if (!seen.ContainsKey(required)) diagnostics.Report(DiagnosticCatalogue.MissingHeaderField, keyword, required);
        }
        if (notices.Count == 0) diagnostics.Report(DiagnosticCatalogue.MissingHeaderField, keyword, "notice");

        var inForce = seen.GetValueOrDefault("in force") as InForceField;
        var from = inForce is null ? null : BindBound(inForce.From, context);
        var until = inForce?.Until is { } u ? BindBound(u, context) : null;
        if (from?.Date is { } start && until?.Date is { } end && end < start)
        {
            diagnostics.Report(DiagnosticCatalogue.InForceReversed, inForce!.Until!.Span, end.ToString("yyyy-MM-dd"), start.ToString("yyyy-MM-dd"));
        }
        context.InForceStart = from?.Date;
        context.InForceEnd = until?.Date;
        return new PolicyInfo(
            header.Title,
            (seen.GetValueOrDefault("city") as CityField)?.City ?? "",
            notices,
            (seen.GetValueOrDefault("issued") as IssuedField)?.Date,
            from ?? new DateBound(DateOnly.MinValue, null),
            until);
    }

    /// <summary>The bound, or null when it names something other than a Date param (reported).</summary>
    private static DateBound? BindBound(DateOrName bound, BindingContext context)
    {
        if (bound.Date is { } date) return new DateBound(date, null);
        if (context.Globals.Lookup(bound.Name!, bound.Span, context) is ParameterSymbol { Type: PrimitiveType { Kind: PrimitiveKind.Date } } parameter)
        {
            return new DateBound(null, parameter);
        }
        context.Diagnostics.Report(DiagnosticCatalogue.InForceNameNotDateParam, bound.Span, bound.Name);
        return null;
    }
}
