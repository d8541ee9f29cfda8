namespace PolicyDsl.Tests.Support;

/// <summary>
/// The machine's own Chromium (Debian's package, which .ci/run installs when it is missing): Playwright's
/// browser download cannot be used here, so the browser tests drive this one through Playwright's
/// <c>ExecutablePath</c>. <c>CHROMIUM_PATH</c> names another.
/// </summary>
internal static class SystemChromium
{
    // The binary itself before Debian's /usr/bin/chromium wrapper script, which only adds flags for desktop use.
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

    /// <summary>The browser's path; a test that needs it fails with how to install it, never skips silently.</summary>
    public static string Path()
    {
        var named = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var found = !string.IsNullOrEmpty(named) ? (File.Exists(named) ? named : null) : Candidates.FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            $"no Chromium found ({(string.IsNullOrEmpty(named) ? string.Join(", ", Candidates) : $"CHROMIUM_PATH={named}")}): the browser test of the HTML report needs it. "
            + "Install it with 'apt-get install -y chromium' (as .ci/run does), or set CHROMIUM_PATH to a Chromium binary.");
    }
}
