using PolicyDsl.Semantics.Bound;

namespace PolicyDsl.Compilation;

/// <summary>
/// Many Bool conditions of one policy (exclusions, invariants), compiled a group at a time into one
/// delegate each that picks the condition by index: one delegate per condition made compiling 20,000
/// exclusions take 15 s, one delegate for all would be one enormous method.
/// </summary>
internal sealed class CaseGroups
{
    /// <summary>Conditions per delegate: large enough that compiling is cheap per condition, small enough for the JIT.</summary>
    internal const int GroupSize = 256;

    private readonly Func<EvaluationContext, int, bool>[] _groups;

    public CaseGroups(IReadOnlyList<BoundExpr> conditions, bool trace, ValueInitializers initializers)
    {
        _groups = conditions.Chunk(GroupSize)
            .Select(group => ExpressionTreeCompiler.CompileCases(group, trace, initializers).Compile())
            .ToArray();
    }

    /// <summary>How many delegates were compiled.</summary>
    public int Delegates => _groups.Length;

    public bool Holds(int index, EvaluationContext context) => _groups[index / GroupSize](context, index % GroupSize);
}
