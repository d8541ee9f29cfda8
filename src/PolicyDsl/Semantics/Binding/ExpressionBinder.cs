using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// Checks one expression and gives its bound form. Errors are reported once, at the smallest span
/// that shows them, and the result is typed <see cref="ErrorType"/> so they do not cascade.
/// </summary>
internal sealed partial class ExpressionBinder(BindingContext context, IReadOnlyDictionary<string, LocalSymbol>? locals = null)
{
    private static readonly string[] BuiltinFunctions = ["min", "max"];

    private readonly IReadOnlyDictionary<string, LocalSymbol> _locals = locals ?? new Dictionary<string, LocalSymbol>();
    private DiagnosticBag Diagnostics => context.Diagnostics;

    public BoundExpr Bind(Expr expr) => expr switch
    {
        LiteralExpr literal => BindLiteral(literal),
        NameExpr name => BindName(name),
        MemberExpr member => BindMember(member),
        ApplyExpr apply => BindApply(apply),
        UnaryExpr unary => BindUnary(unary),
        BinaryExpr binary => BindBinary(binary),
        IfExpr @if => BindIf(@if),
        MatchExpr match => BindMatch(match),
        DatedExpr dated => BindDated(dated),
        RecordExpr record => BindRecord(record),
        CitedExpr cited => new BoundCited(Bind(cited.Inner), context.AddCitation(cited.Citation)),
        BandsExpr bands => BindBands(bands),
        CappedExpr capped => BindCapped(capped),
        UnstatedExpr unstated => new BoundUnstated(unstated.Reason, unstated.Span),
        _ => throw new InvalidOperationException($"no binder for {expr.GetType().Name}"),
    };

    internal static BoundExpr BindLiteral(LiteralExpr literal) => literal switch
    {
        MoneyLiteral m => new BoundLiteral(m.Yuan, PolicyTypes.Money, m.Span),
        RatioLiteral r => new BoundLiteral(r.Fraction, PolicyTypes.Ratio, r.Span),
        PointsLiteral p => new BoundLiteral(p.Fraction, PolicyTypes.Points, p.Span),
        IntLiteral i => new BoundLiteral(i.Value, PolicyTypes.Int, i.Span),
        DateLiteral d => new BoundLiteral(d.Value, PolicyTypes.Date, d.Span),
        BoolLiteral b => new BoundLiteral(b.Value, PolicyTypes.Bool, b.Span),
        TextLiteral t => new BoundLiteral(t.Value, PolicyTypes.Text, t.Span),
        InvalidLiteral i => new BoundError(i.Span),
        _ => throw new InvalidOperationException(literal.GetType().Name),
    };

    private BoundExpr BindName(NameExpr name)
    {
        if (_locals.TryGetValue(name.Name, out var local)) return new BoundLocal(local, name.Span);
        switch (context.Globals.Lookup(name.Name, name.Span, context))
        {
            case ParameterSymbol parameter:
                return new BoundParameter(parameter, name.Span);
            case ValueSymbol value:
                return new BoundValue(value, name.Span);
            case FunctionSymbol function:
                Diagnostics.Report(DiagnosticCatalogue.FunctionWithoutArguments, name.Span, name.Name, function.Parameters.Count);
                return new BoundError(name.Span);
        }
        if (name.Name == "month") return new BoundInput(InputSchema.Month, name.Span);
        if (InputSchema.Groups.TryGetValue(name.Name, out var group))
        {
            Diagnostics.ReportWithHint(DiagnosticCatalogue.NotAValue, name.Span,
                $"use one of its fields: {string.Join(", ", context.Inputs.InGroup(group).Select(f => f.QualifiedName))}", name.Name, "");
            return new BoundError(name.Span);
        }
        if (BuiltinFunctions.Contains(name.Name))
        {
            Diagnostics.Report(DiagnosticCatalogue.FunctionWithoutArguments, name.Span, name.Name, 2);
            return new BoundError(name.Span);
        }
        if (context.LookupMember(name.Name) is { } member)
        {
            return new BoundLiteral(member, context.TypeOf(member), name.Span);
        }
        ReportUnknownName(name.Name, name.Span);
        return new BoundError(name.Span);
    }

    private void ReportUnknownName(string name, TextSpan span)
    {
        var hint = name switch
        {
            "and" => "write && for 'and'",
            "or" => "write || for 'or'",
            "elif" => "write 'else if'",
            "fun" or "function" or "lambda" => "define functions at the top level: let f (x: Level) = ...",
            _ => NameSuggestions.Hint(name, KnownNames()),
        };
        if (hint is null) Diagnostics.Report(DiagnosticCatalogue.UnknownName, span, name);
        else Diagnostics.ReportWithHint(DiagnosticCatalogue.UnknownName, span, hint, name);
    }

    private IEnumerable<string> KnownNames() =>
        _locals.Keys.Concat(context.Globals.Names).Concat(BuiltinFunctions).Concat(InputSchema.Groups.Keys).Append("month")
            .Concat(DomainVocabulary.EnumTypes.Concat(context.Enums.Select(e => e.Enum)).SelectMany(DomainVocabulary.Members).Select(m => m.ToString()));

    private BoundExpr BindMember(MemberExpr member)
    {
        if (member.Target is NameExpr { Name: var groupName } && InputSchema.Groups.TryGetValue(groupName, out var group)
            && !_locals.ContainsKey(groupName) && context.Globals.Lookup(groupName, member.Span, context, markUsed: false) is null)
        {
            if (context.Inputs.Find(group, member.Member) is { } input) return new BoundInput(input, member.Span);
            ReportUnknownField(groupName, member.Member, member.MemberSpan, context.Inputs.InGroup(group).Select(i => i.Name));
            return new BoundError(member.Span);
        }
        var target = Bind(member.Target);
        switch (target.Type)
        {
            case ErrorType:
                return new BoundError(member.Span);
            case UnstatedType:
                // Any field of a value the notice does not state is not stated either.
                return target;
            case PrimitiveType { Kind: PrimitiveKind.Date }:
                DatePart? part = member.Member switch { "year" => DatePart.Year, "month" => DatePart.Month, "day" => DatePart.Day, _ => null };
                if (part is { } p) return new BoundDatePart(target, p, member.Span);
                ReportUnknownField("a Date", member.Member, member.MemberSpan, ["year", "month", "day"]);
                return new BoundError(member.Span);
            case RecordType record when record.FieldType(member.Member) is not null:
                return RecordLowering.Field(target, member.Member, member.Span);
            case RecordType record:
                ReportUnknownField("this record", member.Member, member.MemberSpan, record.Fields.Select(f => f.Name));
                return new BoundError(member.Span);
            default:
                ReportUnknownField(target.Type.Name, member.Member, member.MemberSpan, []);
                return new BoundError(member.Span);
        }
    }

    private void ReportUnknownField(string owner, string field, TextSpan span, IEnumerable<string> known)
    {
        var list = known.ToList();
        var hint = NameSuggestions.Hint(field, list) ?? (list.Count > 0 ? $"its fields are {string.Join(", ", list)}" : null);
        if (hint is null) Diagnostics.Report(DiagnosticCatalogue.UnknownField, span, owner, field);
        else Diagnostics.ReportWithHint(DiagnosticCatalogue.UnknownField, span, hint, owner, field);
    }

    private BoundExpr BindApply(ApplyExpr apply)
    {
        var arguments = apply.Arguments.Select(Bind).ToList();
        if (apply.Function is not NameExpr { Name: var name } callee || _locals.ContainsKey(name))
        {
            var shown = apply.Function is NameExpr n ? n.Name : Diagnostics.Source.Slice(apply.Function.Span);
            Diagnostics.Report(DiagnosticCatalogue.NotAFunction, apply.Function.Span, shown);
            return new BoundError(apply.Span);
        }
        var symbol = context.Globals.Lookup(name, callee.Span, context);
        if (symbol is FunctionSymbol function)
        {
            if (!CheckArity(name, function.Parameters.Count, arguments.Count, apply)) return new BoundError(apply.Span);
            for (var i = 0; i < arguments.Count; i++)
            {
                var expected = function.Parameters[i].Type;
                if (arguments[i].Type != expected && !PolicyTypes.IsWildcard(arguments[i].Type))
                {
                    Diagnostics.Report(DiagnosticCatalogue.ArgumentTypeMismatch, arguments[i].Span, i + 1, name, expected, arguments[i].Type);
                }
            }
            return new BoundCall(function, EquatableArray.From(arguments), apply.Span);
        }
        if (symbol is null && BuiltinFunctions.Contains(name))
        {
            if (!CheckArity(name, 2, arguments.Count, apply)) return new BoundError(apply.Span);
            var (left, right) = (arguments[0], arguments[1]);
            if (PolicyTypes.IsWildcard(left.Type) || PolicyTypes.IsWildcard(right.Type))
            {
                var known = PolicyTypes.IsWildcard(left.Type) ? right : left;
                if (!PolicyTypes.IsWildcard(known.Type) && !PolicyTypes.IsOrdered(known.Type))
                {
                    Diagnostics.Report(DiagnosticCatalogue.ArgumentTypeMismatch, known.Span, known == left ? 1 : 2, name, "Money, Ratio, Points, Int or Date", known.Type);
                    return new BoundError(apply.Span);
                }
                return new BoundMinMax(name == "max", left, right, apply.Span) with { Type = known.Type };
            }
            if (!PolicyTypes.IsOrdered(left.Type))
            {
                Diagnostics.Report(DiagnosticCatalogue.ArgumentTypeMismatch, left.Span, 1, name, "Money, Ratio, Points, Int or Date", left.Type);
                return new BoundError(apply.Span);
            }
            if (right.Type != left.Type)
            {
                Diagnostics.Report(DiagnosticCatalogue.ArgumentTypeMismatch, right.Span, 2, name, left.Type, right.Type);
                return new BoundError(apply.Span);
            }
            return new BoundMinMax(name == "max", left, right, apply.Span);
        }
        var bound = Bind(callee);
        if (bound is not BoundError) Diagnostics.Report(DiagnosticCatalogue.NotAFunction, callee.Span, name);
        return new BoundError(apply.Span);
    }

    private bool CheckArity(string name, int expected, int given, ApplyExpr apply)
    {
        if (expected == given) return true;
        Diagnostics.Report(DiagnosticCatalogue.ArgumentCount, apply.Span, name, expected, given);
        return false;
    }

    private BoundExpr BindRecord(RecordExpr record)
    {
        var fields = new List<(string, BoundExpr)>();
        foreach (var field in record.Fields)
        {
            if (fields.Any(f => f.Item1 == field.Name))
            {
                Diagnostics.Report(DiagnosticCatalogue.DuplicateField, field.NameSpan, field.Name);
                continue;
            }
            fields.Add((field.Name, Bind(field.Value)));
        }
        var type = new RecordType(EquatableArray.From(fields.Select(f => new RecordTypeField(f.Item1, f.Item2.Type))));
        return new BoundRecord(EquatableArray.From(fields), type, record.Span);
    }

    /// <summary>The type shared by branches, reporting a branch that differs.</summary>
    private PolicyType Unify(PolicyType current, BoundExpr next)
    {
        if (PolicyTypes.IsWildcard(current)) return next.Type;
        if (PolicyTypes.IsWildcard(next.Type) || next.Type == current) return current;
        Diagnostics.Report(DiagnosticCatalogue.BranchTypeMismatch, next.Span, next.Type, current);
        return current;
    }
}
