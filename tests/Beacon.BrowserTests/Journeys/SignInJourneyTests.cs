using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class SignInJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignIn_DemoDistrictAdministrator_SeesDistrictHomeWithCounts()
    {
        var page = await browser.SignedInPageAsync("admin@riverside.example");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Riverside Unified School District");
        var schools = int.Parse(await page.GetByTestId("school-count").InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands);
        Assert.Equal(40, schools);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessageThatSaysWhatToDo()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync("teacher@riverside.example");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("reset your password");
    }
}
