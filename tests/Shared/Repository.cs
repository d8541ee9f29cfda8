namespace PolicyDsl.Api.Tests;

/// <summary>Where the repository's shipped policies are, from the test's output folder.</summary>
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
