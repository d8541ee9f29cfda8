using PolicyDsl.Cli.Serve;

namespace PolicyDsl.Tests.Serve;

/// <summary>The workbench reads and writes only plain rule files inside its directory.</summary>
public sealed class WorkbenchFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("policydsl-wb-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("policydsl-out-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void PathsThatLeaveTheDirectoryAreRefused()
    {
        File.WriteAllText(Path.Combine(_root, "a.policy"), "x");
        File.WriteAllText(Path.Combine(_outside, "secret.policy"), "secret");
        var files = new WorkbenchFiles(_root);
        Assert.Equal(Path.Combine(files.Root, "a.policy"), files.Resolve("a.policy").Path);
        foreach (var bad in new[] { "../secret.policy", $"..{Path.DirectorySeparatorChar}secret.policy", Path.Combine(_outside, "secret.policy"), "/etc/passwd", "sub/../a.policy", "./a.policy", "a.txt", "", "C:/x.policy" })
        {
            Assert.NotNull(files.Resolve(bad).Error);
            Assert.NotNull(files.Write(bad, "changed"));
        }
        Assert.Equal("secret", File.ReadAllText(Path.Combine(_outside, "secret.policy")));
    }

    [Fact]
    public void SymbolicLinksOutAreNeitherListedNorRead()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.policy"), "secret");
        File.CreateSymbolicLink(Path.Combine(_root, "link.policy"), Path.Combine(_outside, "secret.policy"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "dir"), _outside);
        File.WriteAllText(Path.Combine(_root, "own.policy"), "own");
        var files = new WorkbenchFiles(_root);
        Assert.Equal(["own.policy"], files.List());
        Assert.Contains("symbolic link", files.Read("link.policy").Error);
        Assert.Contains("symbolic link", files.Read("dir/secret.policy").Error);
        Assert.NotNull(files.Write("dir/secret.policy", "changed"));
        Assert.Equal("secret", File.ReadAllText(Path.Combine(_outside, "secret.policy")));
    }

    [Fact]
    public void SavingReplacesTheWholeFileAndLeavesNoTemporaryFile()
    {
        File.WriteAllText(Path.Combine(_root, "a.policy"), "old");
        var files = new WorkbenchFiles(_root);
        Assert.Null(files.Write("a.policy", "new text 湘潭"));
        Assert.Equal("new text 湘潭", File.ReadAllText(Path.Combine(_root, "a.policy")));
        Assert.Equal(["a.policy"], Directory.GetFiles(_root).Select(Path.GetFileName));
        Assert.NotNull(files.Write("new.policy", "x"));                             // it edits files there are, never creates
        Assert.False(File.Exists(Path.Combine(_root, "new.policy")));
    }
}
