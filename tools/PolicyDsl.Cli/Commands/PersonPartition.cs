using System.Globalization;
using System.Text;

namespace PolicyDsl.Cli.Commands;

/// <summary>
/// <c>--partition K/N</c>: the persons whose id hashes to part K of N (0 ≤ K &lt; N), so N machines each
/// settle a disjoint share of a population and their summaries add up (<c>simulate --merge</c>). The hash
/// is FNV-1a, 32 bits, over the id's UTF-8 bytes as read (after trimming), taken modulo N: written down so
/// that another tool (a Spark job splitting the extract) can put each person in the same part.
/// </summary>
internal readonly record struct PersonPartition(int Part, int Parts)
{
    public bool Holds(string personId) => Hash(personId) % (uint)Parts == (uint)Part;

    public static uint Hash(string personId)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(personId))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return hash;
    }

    /// <summary>Reads <c>K/N</c>, or says what is wrong with it.</summary>
    public static (PersonPartition? Partition, string? Problem) Parse(string text)
    {
        var slash = text.IndexOf('/');
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var part)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var parts)
            && parts >= 1 && part < parts)
        {
            return (new PersonPartition(part, parts), null);
        }
        return (null, $"--partition {text}: write K/N with 0 ≤ K < N, e.g. 0/4 to 3/4 for four machines");
    }
}
