namespace PolicyDsl;

/// <summary>
/// Every resource limit PolicyDsl enforces, in one place, so that no rule file, path or run-time value
/// can crash the tool (a stack overflow cannot be caught), stall it, or exhaust memory. Each limit has
/// its diagnostic or usage error and a test; policies/README.md (section 12, "Limits") lists them.
/// The numbers are far above what any notice needs: the five cities' policies use a few per cent of each.
/// </summary>
internal static class Limits
{
    /// <summary>The longest rule file, in characters (PD0005). Notices run to a few thousand.</summary>
    public const int MaxPolicyChars = 1_000_000;

    /// <summary>The most bytes read from a rule, params or case file before refusing it (PD0419): a rule file's characters in UTF-8 (3 bytes at most each), and a BOM.</summary>
    public const long MaxTextFileBytes = 3L * MaxPolicyChars + 3;

    /// <summary>
    /// The largest claims or persons CSV read (PD0419), about a million claims: read whole today (as
    /// bytes, then text, then rows, some eight times its size in memory), so bounded well below memory.
    /// </summary>
    public const long MaxCsvFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The longest name, in characters (PD0132): a run-time enumeration's type name must stay under 1,024
    /// characters and a C# identifier under 1,023 UTF-8 bytes (3 per Chinese character, and an escape).
    /// </summary>
    public const int MaxNameLength = 255;

    /// <summary>The deepest single expression the parser accepts (PD0004).</summary>
    public const int MaxSyntaxDepth = 200;

    /// <summary>The most brackets open at once, checked before parsing (PD0004).</summary>
    public const int MaxBracketNesting = 64;

    /// <summary>
    /// The deepest a definition may nest once the lets and functions it uses are written out in it
    /// (PD0219). The checker, the expression-tree compiler, the tree-walking evaluator, the C# emitter,
    /// Roslyn and the emitted code all recurse (or call) that deep, so this bounds every later stage's stack.
    /// </summary>
    public const int MaxExpandedDepth = 500;

    /// <summary>
    /// The most operations a definition may have once the functions it calls are written out in it
    /// (PD0220; a let counts once, where it is defined: every back end computes it once per rule).
    /// Functions are inlined or called afresh at each use, so this bounds the compile time, the memory
    /// and the work per claim of every back end.
    /// </summary>
    public const int MaxExpandedSize = 20_000;

    /// <summary>The most diagnostics <c>policy check</c> prints per file; the rest are counted.</summary>
    public const int MaxDiagnosticsPrinted = 100;

    /// <summary>
    /// The most histories <c>policy verify --runs</c> generates per policy (a usage error above). They
    /// are generated all at once (FsCheck chains each sample's seed from the last), about 10 KB each.
    /// </summary>
    public const int MaxVerifyRuns = 50_000;
}
