using Beacon.BrowserTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class AccountJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignInPage_Axe_HasNoSeriousOrCriticalViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
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

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
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
