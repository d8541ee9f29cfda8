namespace PolicyDsl.Tests.Support;

/// <summary>Character classes tests look for, written out here so a test does not lean on the code it checks.</summary>
internal static class Chars
{
    public static bool IsBidi(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
