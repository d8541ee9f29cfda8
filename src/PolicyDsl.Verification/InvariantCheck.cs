namespace PolicyDsl.Verification;

/// <summary>
/// A property checked on generated histories: its name, the article or rule it comes from, and a
/// check that returns null when it holds or says how it is broken.
/// </summary>
internal sealed record InvariantCheck(string Name, string Source, Func<ClaimHistory, Settler, string?> Check, bool Declared = false);
