using Beacon.BrowserTests.Infrastructure;

namespace Beacon.BrowserTests.Journeys;

/// <summary>axe-core over the foundation's main pages, as the people who use them see them.</summary>
public class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("admin@riverside.example", "/")]
    [InlineData("admin@riverside.example", "/Schools")]
    [InlineData("admin@riverside.example", "/Staff")]
    [InlineData("admin@riverside.example", "/Imports")]
    [InlineData("admin@riverside.example", "/Audit")]
    [InlineData("leader@riverside.example", "/Staffing/Equity")]
    [InlineData("leader@riverside.example", "/Staffing/Allocations/New")]
    [InlineData("leader@riverside.example", "/Staffing/Equity?rank=need")]
    [InlineData("leader@riverside.example", "/Staffing/NeedIndex")]
    [InlineData("hr@riverside.example", "/Staffing/Equity")]
    [InlineData("principal@riverside.example", "/Staffing/MySchool")]
    [InlineData("teacher@riverside.example", "/")]
    public async Task Page_SignedIn_HasNoSeriousAccessibilityViolations(string email, string url)
    {
        var page = await browser.SignedInPageAsync(email);
        await page.GotoAsync(url);

        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
