namespace PolicyDsl.Tests.Support;

/// <summary>A file in the temp folder with the given contents, deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string contents, string extension = ".csv")
        : this(extension) => File.WriteAllText(Path, contents);

    /// <summary>A file of exactly these bytes (another encoding, a workbook).</summary>
    public TempFile(byte[] contents, string extension = ".csv")
        : this(extension) => File.WriteAllBytes(Path, contents);

    private TempFile(string extension) =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"policydsl-{Guid.NewGuid():N}{extension}");

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
