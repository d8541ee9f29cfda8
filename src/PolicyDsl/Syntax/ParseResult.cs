using PolicyDsl.Diagnostics;
using PolicyDsl.Syntax.Ast;
using PolicyDsl.Text;

namespace PolicyDsl.Syntax;

/// <summary>What parsing a file gave: the declarations that parsed, and every diagnostic found.</summary>
internal sealed record ParseResult(SourceText Source, PolicyFile File, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
