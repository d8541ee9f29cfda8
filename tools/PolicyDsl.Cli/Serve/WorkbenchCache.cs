using System.Collections.Concurrent;

namespace PolicyDsl.Cli.Serve;

/// <summary>
/// What the workbench worked out from a file, kept while the file is unchanged: a save re-checks and re-settles the
/// file saved, not the whole directory (twelve files' scenario grids take seconds on a busy machine). A value is
/// kept under a key with the stamp of what it was made from and made again when the stamp differs.
/// </summary>
internal sealed class WorkbenchCache
{
    private readonly ConcurrentDictionary<string, (string Stamp, object? Value)> _entries = new(StringComparer.Ordinal);

    public T Get<T>(string key, string stamp, Func<T> make)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Stamp == stamp) return (T)entry.Value!;
        var value = make();
        _entries[key] = (stamp, value);
        return value;
    }

    /// <summary>A file's stamp: its last write and length (a save renames a new file over it, so both change), or "none".</summary>
    public static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.LastWriteTimeUtc.Ticks}:{info.Length}" : "none";
    }
}
