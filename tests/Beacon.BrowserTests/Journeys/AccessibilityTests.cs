using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

/// <summary>axe-core over the foundation's main pages, as the people who use them see them.</summary>
public class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("admin@riverside.example", "/", "Riverside Unified School District")]
    [InlineData("admin@riverside.example", "/Schools", "Schools")]
    [InlineData("admin@riverside.example", "/Staff", "Staff")]
    [InlineData("admin@riverside.example", "/Imports", "Imports")]
    [InlineData("admin@riverside.example", "/Audit", "Audit log")]
    [InlineData("leader@riverside.example", "/Staffing/Equity", "Staffing equity")]
    [InlineData("leader@riverside.example", "/Staffing/Allocations/New", "New allocation scenario")]
    [InlineData("leader@riverside.example", "/Staffing/Equity?rank=need", "Staffing equity")]
    [InlineData("leader@riverside.example", "/Staffing/NeedIndex", "Need index")]
    [InlineData("hr@riverside.example", "/Staffing/Equity", "Staffing equity")]
    [InlineData("principal@riverside.example", "/Staffing/MySchool", "Staffing at Alder Elementary School")]
    [InlineData("teacher@riverside.example", "/", "Riverside Unified School District")]
    public async Task Page_SignedIn_ShowsItsHeadingWithNoSeriousAccessibilityViolations(string email, string url, string heading)
    {
        var page = await browser.SignedInPageAsync(email);
        var response = await page.GotoAsync(url);

        // axe passes an error page too: first make sure this is the working page.
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
