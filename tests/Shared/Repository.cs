namespace PolicyDsl.TestSupport;

/// <summary>Where the shipped policies are, from a test's output folder (linked into Api.Tests and Emitted.Tests).</summary>
internal static class Repository
{
    public static readonly string Policies = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyDsl.sln"))) return Path.Combine(dir.FullName, "policies");
        }
        throw new InvalidOperationException("the repository root (PolicyDsl.sln) is not above the test's folder");
    }
}
