namespace PolicyDsl.Tests.Support;

/// <summary>A file in the temp folder with the given contents, deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string contents, string extension = ".csv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"policydsl-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, contents);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
