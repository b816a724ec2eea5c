using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

/// <summary>
/// A passkey end to end in Chromium, with the DevTools Protocol's virtual authenticator standing in for
/// the device's fingerprint reader. WebAuthn refuses an IP address as the relying party, so this browser
/// opens Beacon at localhost rather than 127.0.0.1.
/// </summary>
public class PasskeyJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Passkey_RegisteredThenSignedOut_SignsInToTheHomePageWithoutPassword()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Server.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync("teacher@riverside.example");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(BrowserFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.Ordinal));

        await page.GotoAsync("/Account/Manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage passkeys" }).ClickAsync();
        await page.GetByLabel("Name (optional)").FillAsync("Terry's test laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your passkey is added");
        await Assertions.Expect(page.GetByTestId("passkeys")).ToContainTextAsync("Terry's test laptop");
        await Assertions.Expect(page.GetByTestId("passkeys")).ToContainTextAsync("Not yet");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        // The virtual authenticator answers the email field's autofill request by itself; switched off
        // here so it is the button that signs in.
        await page.AddInitScriptAsync("PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);");
        await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.Ordinal));

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator(".account-nav")).ToContainTextAsync("Terry Teacher");
        await page.GotoAsync("/Account/Manage/Passkeys");
        await Assertions.Expect(page.GetByTestId("passkeys")).Not.ToContainTextAsync("Not yet");
        await context.CloseAsync();
    }
}
