using Microsoft.Playwright;

namespace Beacon.BrowserTests.Infrastructure;

/// <summary>One Beacon server and one headless Debian Chromium shared by a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = Beacon.Web.Data.Seeding.DemoSeeder.DemoPassword;

    private IPlaywright? _playwright;

    public BeaconServer Server { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // CI has two cores shared by the server, Chromium and axe: waits are generous so a busy
        // moment is not mistaken for a missing element.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a page at the server's address.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUrl, ViewportSize = viewport });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the real sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string email, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(viewport);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn"));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
