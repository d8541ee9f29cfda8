namespace PolicyDsl.Tests.Support;

/// <summary>Paths inside the repository, found from the test binary so tests run from any clone.</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "PolicyDsl.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("PolicyDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
