using PolicyDsl.Diagnostics;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Semantics.Binding;

/// <summary>
/// Refuses a declared name longer than <see cref="Limits.MaxNameLength"/> before anything is built from
/// it: an enumeration becomes a run-time type, whose name .NET bounds, and every name becomes a C#
/// identifier, which Roslyn bounds.
/// </summary>
internal static class NameLengths
{
    /// <summary>Reports each overlong declared name; true when there is none.</summary>
    public static bool Check(PolicyFile file, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var (name, span) in file.Declarations.SelectMany(Declared))
        {
            if (name.Length <= Limits.MaxNameLength) continue;
            diagnostics.Report(DiagnosticCatalogue.NameTooLong, new TextSpan(span.Start, Math.Min(span.Length, 40)), name.Length, Limits.MaxNameLength);
            ok = false;
        }
        return ok;
    }

    /// <summary>Whether every name an enumeration declaration gives is short enough to become a type and its members.</summary>
    public static bool Fits(EnumDeclaration declaration) =>
        declaration.Name.Length <= Limits.MaxNameLength && declaration.Members.All(m => m.Name.Length <= Limits.MaxNameLength);

    private static IEnumerable<(string Name, TextSpan Span)> Declared(Declaration declaration) => declaration switch
    {
        LetDeclaration l => l.Parameters.Select(p => (p.Name, p.NameSpan)).Prepend((l.Name, l.NameSpan)),
        ParamDeclaration p => [(p.Name, p.NameSpan)],
        InputDeclaration i => [(i.Name, i.NameSpan)],
        TotalDeclaration t => [(t.Name, t.NameSpan)],
        EnumDeclaration e => e.Members.Select(m => (m.Name, new TextSpan(m.Span.Start, m.Name.Length))).Prepend((e.Name, e.NameSpan)),
        _ => [],
    };
}
