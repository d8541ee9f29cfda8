using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Semantics;

/// <summary>
/// The exact output of <c>policy check</c> for each file in Data/check: one file per diagnostic, so
/// every message, position, caret and hint is pinned down as an analyst sees it.
/// </summary>
public class CheckOutputGoldenTests
{
    private static readonly string Directory = Repository.Path("tests", "PolicyDsl.Tests", "Data", "check");

    public static TheoryData<string> Files() => new(System.IO.Directory.GetFiles(Directory, "*.policy").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Files))]
    public void CheckOutputMatches(string file)
    {
        var result = PolicyCommand.Run("check", Path.Combine(Directory, file));
        var output = result.Out.Replace(Directory + Path.DirectorySeparatorChar, "") + $"exit {result.Exit}\n";
        Golden.Verify(Path.Combine(Directory, Path.ChangeExtension(file, ".expected")), output);
    }
}
