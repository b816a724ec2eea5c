using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class AccountJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignInPage_Axe_HasNoSeriousOrCriticalViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("admin@riverside.example", "/Account/Manage")]
    [InlineData("admin@riverside.example", "/Account/Manage/EnableAuthenticator")]
    [InlineData("admin@riverside.example", "/Users")]
    [InlineData("admin@riverside.example", "/Users/Invite")]
    [InlineData("sysadmin@beacon.example", "/Admin/Districts")]
    [InlineData("sysadmin@beacon.example", "/Admin/Districts/Create")]
    public async Task AccountAndAdministrationPages_Axe_HaveNoSeriousOrCriticalViolations(string email, string url)
    {
        var page = await browser.SignedInPageAsync(email);
        await page.GotoAsync(url);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task ForgotPassword_FromSignInPage_ShowsTheSameConfirmationForAnyAddress()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");

        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("teacher@riverside.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If an account exists for that address");
        Assert.Single(Directory.GetFiles(Path.Combine(browser.Server.DataFolder, "mail"), "*.eml"));
    }
}
