using PolicyDsl.Diagnostics;
using PolicyDsl.Domain;
using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Types;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Binding;

internal sealed partial class ExpressionBinder
{
    private BoundExpr BindMatch(MatchExpr match)
    {
        var scrutinee = Bind(match.Scrutinee);
        var type = scrutinee.Type;
        var matchable = type is EnumType || type == PolicyTypes.Bool || type == PolicyTypes.Int;
        if (!matchable && type is not ErrorType)
        {
            Diagnostics.Report(DiagnosticCatalogue.UnmatchableType, match.Scrutinee.Span, type);
        }

        var covered = new HashSet<object>();
        var wildcardSeen = false;
        var arms = new List<BoundMatchArm>();
        var resultType = (PolicyType)PolicyTypes.Unstated;
        var armBodies = new List<BoundExpr>();
        foreach (var arm in match.Arms)
        {
            var values = new List<object>();
            var isWildcard = false;
            foreach (var pattern in arm.Patterns)
            {
                var value = BindPattern(pattern, type, matchable);
                if (wildcardSeen || (value is not null && covered.Contains(value)))
                {
                    Diagnostics.Report(DiagnosticCatalogue.UnreachableArm, pattern.Span, wildcardSeen ? "an earlier '_' matches everything" : "an earlier arm matches it");
                }
                if (pattern is WildcardPattern) isWildcard = true;
                else if (value is not null && covered.Add(value)) values.Add(value);
            }
            var body = Bind(arm.Body);
            armBodies.Add(body);
            resultType = Unify(resultType, body);
            // An arm that can never match is checked but not kept: back ends then need no special case for it.
            if (!wildcardSeen && (isWildcard || values.Count > 0))
            {
                arms.Add(new BoundMatchArm(isWildcard ? EquatableArray<object>.Empty : EquatableArray.From(values), isWildcard, body));
            }
            wildcardSeen |= isWildcard;
        }

        if (match.Arms.Count > 1 && match.Arms[^1].Body is CitedExpr lastCited && Uncited(armBodies.SkipLast(1)))
        {
            WarnLastBranchCitation(lastCited, "arm", "match");
        }
        if (matchable && !wildcardSeen && Missing(type, covered) is { Count: > 0 } missing)
        {
            Diagnostics.Report(DiagnosticCatalogue.NonExhaustiveMatch, new TextSpan(match.Span.Start, "match".Length), string.Join(", ", missing));
        }
        return new BoundMatch(scrutinee, EquatableArray.From(arms), resultType, match.Span);
    }

    /// <summary>The constant a pattern matches; null for '_' or a pattern already reported.</summary>
    private object? BindPattern(Pattern pattern, PolicyType scrutineeType, bool check)
    {
        switch (pattern)
        {
            case WildcardPattern:
                return null;
            case NamePattern name:
                if (context.LookupMember(name.Name) is not { } member)
                {
                    var hint = scrutineeType is EnumType e
                        ? $"the members of {e.Name} are {string.Join(", ", DomainVocabulary.Members(e.Enum))}"
                        : null;
                    if (hint is null) Diagnostics.Report(DiagnosticCatalogue.UnknownName, name.Span, name.Name);
                    else Diagnostics.ReportWithHint(DiagnosticCatalogue.UnknownName, name.Span, hint, name.Name);
                    return null;
                }
                var memberType = context.TypeOf(member);
                if (check && memberType != scrutineeType)
                {
                    Diagnostics.Report(DiagnosticCatalogue.PatternTypeMismatch, name.Span, name.Name, memberType, scrutineeType);
                    return null;
                }
                return member;
            case LiteralPattern literal:
                var bound = BindLiteral(literal.Literal);
                if (bound is BoundError) return null;
                if (check && bound.Type != scrutineeType)
                {
                    Diagnostics.Report(DiagnosticCatalogue.PatternTypeMismatch, literal.Span, literal.Literal switch
                    {
                        BoolLiteral b => b.Value ? "true" : "false",
                        IntLiteral i => i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        _ => "this literal",
                    }, bound.Type, scrutineeType);
                    return null;
                }
                return ((BoundLiteral)bound).Value;
            default:
                return null;
        }
    }

    private static List<string> Missing(PolicyType type, HashSet<object> covered) => type switch
    {
        EnumType e => DomainVocabulary.Members(e.Enum).Where(m => !covered.Contains(m)).Select(m => m.ToString()).ToList(),
        PrimitiveType { Kind: PrimitiveKind.Bool } => new[] { true, false }.Where(b => !covered.Contains(b)).Select(b => b ? "true" : "false").ToList(),
        _ => ["other numbers"],
    };

    private BoundExpr BindDated(DatedExpr dated)
    {
        var branches = new List<BoundDatedBranch>();
        var type = (PolicyType)PolicyTypes.Unstated;
        DatedBranch? previous = null;
        foreach (var branch in dated.Branches)
        {
            if (branch.Bound == DatedBound.Until && previous is not null)
            {
                Diagnostics.Report(DiagnosticCatalogue.DatedUntilNotFirst, branch.Span);
            }
            else if (previous is not null)
            {
                CheckFollows(previous, branch);
            }
            else if (branch.Bound == DatedBound.From && context.InForceStart is { } start && branch.Date > start)
            {
                ReportGap(branch.DateSpan, start, Domain.Dates.Previous(branch.Date));
            }
            var value = Bind(branch.Value);
            type = Unify(type, value);
            branches.Add(branch.Bound == DatedBound.Until
                ? new BoundDatedBranch(null, branch.Date, value)
                : new BoundDatedBranch(branch.Date, null, value));
            previous = branch;
        }
        if (dated.Branches.Count > 1 && dated.Branches[^1].Value is CitedExpr lastCited && Uncited(branches.SkipLast(1).Select(b => b.Value)))
        {
            WarnLastBranchCitation(lastCited, "branch", "dated");
        }
        // A lone 'until' branch leaves every later day in force without a value.
        if (dated.Branches is [{ Bound: DatedBound.Until } only] && only.Date != DateOnly.MaxValue && (context.InForceEnd is not { } end || end > only.Date))
        {
            Diagnostics.Report(DiagnosticCatalogue.DatedGap, only.DateSpan, Format(Domain.Dates.Next(only.Date)), context.InForceEnd is { } e ? Format(e) : "the end of the period in force");
        }
        return new BoundDated(EquatableArray.From(branches), type, dated.Span);
    }

    /// <summary>
    /// A citation written after the last branch reads as if it cited the whole expression, but it
    /// binds to that branch alone (as it must for per-arm citations); say so.
    /// </summary>
    private void WarnLastBranchCitation(CitedExpr cited, string branch, string construct)
    {
        var citations = new List<string>();
        for (Expr e = cited; e is CitedExpr c; e = c.Inner) citations.Insert(0, c.Citation.Text);
        Diagnostics.Report(DiagnosticCatalogue.CitationCoversLastBranch, cited.Citation.Span, branch, construct, string.Join(" @ ", citations));
    }

    /// <summary>
    /// True when none of <paramref name="others"/> reaches a citation and at least one of them is a real
    /// value (an unstated branch explains itself): then a trailing citation was probably meant for all.
    /// </summary>
    private static bool Uncited(IEnumerable<BoundExpr> others)
    {
        var list = others.ToList();
        return list.All(o => !BoundTree.Reachable([o]).Any(n => n is BoundCited or BoundParameter { Parameter.Citations.Count: > 0 }))
            && list.Any(o => o.Type is not UnstatedType);
    }

    /// <summary>Reports the days from <paramref name="first"/> to <paramref name="last"/> that are in force; days outside it need no value.</summary>
    private void ReportGap(Text.TextSpan span, DateOnly first, DateOnly last)
    {
        if (context.InForceStart is { } start && first < start) first = start;
        if (context.InForceEnd is { } end && last > end) last = end;
        if (first <= last) Diagnostics.Report(DiagnosticCatalogue.DatedGap, span, Format(first), Format(last));
    }

    private void CheckFollows(DatedBranch previous, DatedBranch next)
    {
        if (previous.Bound == DatedBound.Until)
        {
            var expected = Domain.Dates.Next(previous.Date);
            if (next.Date > expected)
            {
                ReportGap(next.DateSpan, expected, Domain.Dates.Previous(next.Date));
            }
            else if (next.Date < expected)
            {
                Diagnostics.Report(DiagnosticCatalogue.DatedOrder, next.DateSpan, Format(next.Date), Format(previous.Date));
            }
        }
        else if (next.Date <= previous.Date)
        {
            Diagnostics.Report(DiagnosticCatalogue.DatedOrder, next.DateSpan, Format(next.Date), Format(previous.Date));
        }
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
