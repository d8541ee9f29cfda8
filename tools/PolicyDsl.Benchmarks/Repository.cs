namespace PolicyDsl.Benchmarks;

/// <summary>Where the repository is, found from the binaries rather than the working directory.</summary>
internal static class Repository
{
    /// <summary>
    /// The nearest folder above the binaries that holds PolicyDsl.sln. BenchmarkDotNet runs the
    /// benchmarks from a generated project several folders below this one, in its own process.
    /// </summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyDsl.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} contains PolicyDsl.sln");
    }
}
