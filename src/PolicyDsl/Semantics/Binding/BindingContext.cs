using PolicyDsl.Diagnostics;
using PolicyDsl.Semantics.Symbols;
using PolicyDsl.Syntax.Ast;

namespace PolicyDsl.Semantics.Binding;

/// <summary>What every binder of one policy shares: where diagnostics go, the global names, the citations.</summary>
internal sealed class BindingContext(DiagnosticBag diagnostics)
{
    private readonly List<CitationRef> _citations = [];

    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public GlobalScope Globals { get; } = new();
    public IReadOnlyList<CitationRef> Citations => _citations;

    /// <summary>The inputs rules may read: the prelude's and the policy's own; set before any expression is bound.</summary>
    public Inputs.InputSchema Inputs { get; set; } = Semantics.Inputs.InputSchema.PreludeOnly;

    /// <summary>The first day in force, when written as a date: dated values must cover it.</summary>
    public DateOnly? InForceStart { get; set; }

    /// <summary>The last day in force, when written as a date.</summary>
    public DateOnly? InForceEnd { get; set; }

    private int _caps;

    /// <summary>The enumerations the policy declares; set before any type is bound.</summary>
    public IReadOnlyList<Types.EnumType> Enums { get; set; } = [];

    /// <summary>An enumeration member by name: the policy's own, then the prelude's.</summary>
    public Enum? LookupMember(string name) =>
        Enums.SelectMany(e => Domain.DomainVocabulary.Members(e.Enum)).FirstOrDefault(m => m.ToString() == name) ?? Domain.DomainVocabulary.Lookup(name);

    /// <summary>The type of an enumeration member, declared or built in.</summary>
    public Types.EnumType TypeOf(Enum member) => Enums.FirstOrDefault(e => e.Enum == member.GetType()) ?? Types.PolicyTypes.ForEnum(member.GetType());

    /// <summary>A type by name: the policy's own enumerations, then the built-in types.</summary>
    public Types.PolicyType? LookupType(string name) => Enums.FirstOrDefault(e => e.Name == name) ?? (Types.PolicyType?)Types.PolicyTypes.Lookup(name);

    /// <summary>Numbers the caps of a policy, so traces and results can say which one bit.</summary>
    public int NextCapId() => _caps++;

    public CitationRef AddCitation(Citation citation)
    {
        var reference = new CitationRef(_citations.Count, citation.Text.Trim(), citation.Span);
        _citations.Add(reference);
        return reference;
    }
}
