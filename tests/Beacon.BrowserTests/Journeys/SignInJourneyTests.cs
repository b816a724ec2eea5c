using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class SignInJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignIn_DemoDistrictAdministrator_SeesTheAdministratorsHome()
    {
        var page = await browser.SignedInPageAsync("admin@riverside.example");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Riverside Unified School District");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Administration" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-home-item=invitations] a[href=\"/Users\"]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessageThatSaysWhatToDo()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync("teacher@riverside.example");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("reset your password");
    }
}
