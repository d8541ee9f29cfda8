namespace PolicyDsl.Tests.Support;

/// <summary>
/// Compares output with an expected file beside the input. Set UPDATE_GOLDEN=1 to rewrite expected
/// files from actual output, then review the diff before committing: the expected file is the spec.
/// </summary>
internal static class Golden
{
    public static void Verify(string expectedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; run with UPDATE_GOLDEN=1 to create it, then review it. Actual output:\n{actual}");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        if (expected == actual) return;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        Assert.Fail($"{Path.GetFileName(expectedPath)} differs at line {first + 1}:\n" +
                    $"  expected: {(first < expectedLines.Length ? expectedLines[first] : "(end)")}\n" +
                    $"  actual:   {(first < actualLines.Length ? actualLines[first] : "(end)")}\n" +
                    $"whole actual output:\n{actual}");
    }
}
