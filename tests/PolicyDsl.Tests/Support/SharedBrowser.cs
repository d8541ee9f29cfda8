using Microsoft.Playwright;

namespace PolicyDsl.Tests.Support;

/// <summary>
/// One headless Chromium for every browser test of the run (launching it is most of a browser test's time);
/// each test opens its own page. The flags keep it from reaching the network on its own account.
/// </summary>
internal static class SharedBrowser
{
    private static readonly Lazy<Task<IBrowser>> Browser = new(async () =>
    {
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SystemChromium.Path(),
            Headless = true,
            // Root in CI and containers: Chromium's sandbox needs user namespaces these machines do not give.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    });

    public static async Task<IPage> NewPageAsync(int width = 1400, int height = 1800) =>
        await (await Browser.Value).NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
}
