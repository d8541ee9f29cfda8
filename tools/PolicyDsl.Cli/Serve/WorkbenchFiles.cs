namespace PolicyDsl.Cli.Serve;

/// <summary>
/// The rule files the workbench may touch: <c>.policy</c> files inside its directory, named by a relative path,
/// reached through no symbolic link. Anything else (an absolute path, <c>..</c>, a link out of the directory, another
/// kind of file) is refused with a reason. Writes are atomic: a temporary file beside the target, renamed over it.
/// </summary>
internal sealed class WorkbenchFiles
{
    public WorkbenchFiles(string directory)
    {
        var full = Path.GetFullPath(directory);
        // The root itself may be reached through a link (a home directory on another disk): what is inside it may not.
        Root = Directory.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    public string Root { get; }

    /// <summary>Every rule file under the root, as relative paths with '/', links left out.</summary>
    public IReadOnlyList<string> List() =>
        Directory.EnumerateFiles(Root, "*.policy", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden })
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => Resolve(p).Error is null)
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The full path of <paramref name="relative"/> inside the root, or why it may not be used.</summary>
    public (string? Path, string? Error) Resolve(string? relative)
    {
        if (string.IsNullOrWhiteSpace(relative)) return (null, "no file named");
        if (Path.IsPathRooted(relative) || relative.Contains(':') || relative.StartsWith('\\')) return (null, $"'{relative}' is absolute: name a file inside the workbench's directory");
        var parts = relative.Split('/', '\\');
        if (parts.Any(p => p is "" or "." or "..")) return (null, $"'{relative}' leaves the workbench's directory or is not a plain path");
        if (!relative.EndsWith(".policy", StringComparison.Ordinal)) return (null, $"'{relative}' is not a rule file (.policy)");
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return (null, $"'{relative}' is outside the workbench's directory");
        // No step of the way may be a link: a link could lead anywhere on the disk.
        var step = Root;
        foreach (var part in parts)
        {
            step = Path.Combine(step, part);
            FileSystemInfo info = Directory.Exists(step) ? new DirectoryInfo(step) : new FileInfo(step);
            if (info.Exists && info.LinkTarget is not null) return (null, $"'{relative}' goes through a symbolic link; the workbench reads and writes only plain files inside its directory");
        }
        return (full, null);
    }

    public (string? Text, string? Error) Read(string relative)
    {
        var (path, error) = Resolve(relative);
        if (error is not null) return (null, error);
        return File.Exists(path) ? (File.ReadAllText(path!), null) : (null, $"'{relative}' does not exist");
    }

    /// <summary>Writes the whole text or nothing: to a temporary file in the same directory, then renamed over the file.</summary>
    public string? Write(string relative, string text)
    {
        var (path, error) = Resolve(relative);
        if (error is not null) return error;
        if (!File.Exists(path)) return $"'{relative}' does not exist: the workbench edits the rule files there are";
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new System.Text.UTF8Encoding(false));
            File.Move(temporary, path!, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return $"'{relative}' could not be written: {e.Message}";
        }
    }
}
