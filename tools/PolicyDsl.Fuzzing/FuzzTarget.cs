namespace PolicyDsl.Fuzzing;

/// <summary>
/// One thing to fuzz: it takes any bytes and must end in a result or a diagnostic. Any exception it lets
/// out, and any input it takes too long on, is a bug. <see cref="Seeds"/> names the repository's files
/// that start its corpus.
/// </summary>
internal sealed record FuzzTarget(string Name, Action<byte[]> Run, Func<string, IEnumerable<string>> Seeds);
