using Microsoft.Extensions.FileSystemGlobbing;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// File arguments as analysts give them: a file, a directory (every file of the kind in it), or a glob
/// with <c>*</c> or <c>**</c> that the tool expands itself (<c>'policies/*.policy'</c>, quoted, or on Windows
/// where no shell expands it).
/// </summary>
internal static class FileArguments
{
    // The matcher knows * and ** only; a ? or [ is part of a file name.
    private static readonly char[] Wildcards = ['*'];

    /// <summary>The files named, in order, each directory and glob sorted; null (with the reason printed) when one names nothing.</summary>
    public static string[]? Expand(IEnumerable<string> arguments, string extension, TextWriter error)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            var found = Directory.Exists(argument)
                ? Directory.GetFiles(argument, "*" + extension).Order(StringComparer.Ordinal).ToList()
                : argument.IndexOfAny(Wildcards) >= 0 ? Glob(argument) : [argument];
            if (found.Count == 0)
            {
                error.WriteLine(Directory.Exists(argument)
                    ? $"{argument}: error: the directory has no {extension} files"
                    : $"{argument}: error: no file matches this pattern");
                return null;
            }
            files.AddRange(found);
        }
        return [.. files.Distinct()];
    }

    /// <summary>The files matching <paramref name="pattern"/>, under the part of it before the first wildcard.</summary>
    private static List<string> Glob(string pattern)
    {
        var normal = pattern.Replace('\\', '/');
        var segments = normal.Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(Wildcards) < 0).Count();
        var root = string.Join('/', segments.Take(fixedCount));
        var rootDirectory = root.Length == 0 ? "." : normal.StartsWith('/') && fixedCount == 1 ? "/" : root;
        if (!Directory.Exists(rootDirectory)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments.Skip(fixedCount)));
        return matcher.GetResultsInFullPath(rootDirectory)
            .Select(full => root.Length == 0 ? Path.GetRelativePath(".", full) : Path.Combine(root, Path.GetRelativePath(rootDirectory, full)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
