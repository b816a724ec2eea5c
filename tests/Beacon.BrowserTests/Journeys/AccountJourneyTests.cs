using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class AccountJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignInPage_Axe_HasNoSeriousOrCriticalViolations()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/Account/SignIn");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to Beacon");

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("admin@riverside.example", "/Account/Manage", "Your account")]
    [InlineData("admin@riverside.example", "/Account/Manage/EnableAuthenticator", "Set up an authenticator app")]
    [InlineData("admin@riverside.example", "/Users", "Users")]
    [InlineData("admin@riverside.example", "/Users/Invite", "Invite a person")]
    [InlineData("sysadmin@beacon.example", "/Admin/Districts", "Districts")]
    [InlineData("sysadmin@beacon.example", "/Admin/Districts/Create", "Create a district")]
    public async Task AccountAndAdministrationPages_Axe_ShowTheirHeadingWithNoSeriousOrCriticalViolations(string email, string url, string heading)
    {
        var page = await browser.SignedInPageAsync(email);
        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task ForgotPassword_FromSignInPage_ShowsTheSameConfirmationForAnyAddress()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/Account/SignIn");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to Beacon");

        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("teacher@riverside.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If an account exists for that address");
        // The mail leaves through the outbox's job, a moment after the page answered.
        var folder = Path.Combine(browser.Server.DataFolder, "mail");
        string[] mails = [];
        for (var waited = 0; waited < 60 && mails.Length == 0; waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
            mails = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];
        }
        Assert.Single(mails);
    }
}
