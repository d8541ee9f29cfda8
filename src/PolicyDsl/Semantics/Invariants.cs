using PolicyDsl.Semantics.Bound;
using PolicyDsl.Semantics.Inputs;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics;

/// <summary>A property a policy declares about its own results, with the articles that justify it.</summary>
internal abstract record Invariant(string Name, IReadOnlyList<CitationRef> Citations, TextSpan Span);

/// <summary><c>invariant "name" = condition</c>: true of every settled claim.</summary>
internal sealed record ClaimInvariant(string Name, BoundExpr Condition, IReadOnlyList<CitationRef> Citations, TextSpan Span)
    : Invariant(Name, Citations, Span);

/// <summary>
/// <c>invariant "name" ordered person.status: Employed &lt;= Retired</c>: with the same claims, the higher
/// value of the field never gets a smaller year's fund total than the lower.
/// </summary>
internal sealed record OrderedInvariant(string Name, InputSymbol Field, object Lower, object Higher, IReadOnlyList<CitationRef> Citations, TextSpan Span)
    : Invariant(Name, Citations, Span);
