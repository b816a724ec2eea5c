using System.Text.RegularExpressions;
using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class SelfAssessmentJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Framework = "Principles of teacher learning communities";

    [Fact]
    public async Task Cycle_DemoLeaderOpensRatesAgreesAndCloses_ClosedCycleIsReadOnly()
    {
        var page = await browser.SignedInPageAsync("leader@riverside.example");

        await MainNav.ClickAsync(page, "Frameworks");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Adopt {Framework}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is adopted");

        await MainNav.ClickAsync(page, "Self-assessment");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open a cycle" }).ClickAsync();
        await page.GetByLabel("Framework").SelectOptionAsync(new SelectOptionValue { Label = Framework });
        await page.GetByLabel("Assess").SelectOptionAsync(new SelectOptionValue { Label = "The district as a whole" });
        await page.GetByLabel("Name of the cycle").FillAsync("District TLC check 2026");
        await page.GetByLabel("Casey Coach (coach@riverside.example)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open cycle" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("District TLC check 2026");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rate the indicators" }).ClickAsync();
        var gradualism = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"^CH\.1 ") });
        await gradualism.GetByLabel("Developing").CheckAsync();
        await gradualism.GetByLabel("Comment on CH.1 (optional)").FillAsync("Most teams add changes one at a time.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my ratings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your ratings are saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(@"^CH\.1 ") })).ToContainTextAsync("Developing: 1");

        await page.GetByRole(AriaRole.Link, new() { Name = "CH.1", Exact = true }).ClickAsync();
        var consensus = page.GetByRole(AriaRole.Group, new() { Name = "Record the consensus" });
        await consensus.GetByLabel("Developing").CheckAsync();
        await consensus.GetByLabel("Notes on how the team decided (optional)").FillAsync("Agreed after looking at TLC minutes.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save consensus" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The consensus is recorded.");
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Minutes of the October TLC meetings.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("added as evidence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as priority" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is a priority of this cycle");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to District TLC check 2026" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Close the cycle" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Close District TLC check 2026?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the cycle" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The cycle is closed.");
        await Assertions.Expect(page.GetByText(new Regex("^Closed .* read-only$"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Rate the indicators" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(@"^CH\.1 ") })).ToContainTextAsync("Priority");
    }

    [Theory]
    [InlineData("/Frameworks", "Frameworks")]
    [InlineData("/Frameworks/Create", "Create a framework")]
    [InlineData("/Frameworks/Import", "Import a framework")]
    [InlineData("/SelfAssessment", "Self-assessment")]
    [InlineData("/SelfAssessment/Open", "Open a self-assessment cycle")]
    [InlineData("/SelfAssessment/HeatMap", "Compare schools")]
    [InlineData("/SelfAssessment/Priorities", "Priorities across the district")]
    public async Task Pages_Axe_ShowTheirHeadingWithNoSeriousOrCriticalViolations(string url, string heading)
    {
        var page = await browser.SignedInPageAsync("admin@riverside.example");
        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task FrameworkAndHeatMap_Axe_HaveNoSeriousOrCriticalViolations()
    {
        var page = await browser.SignedInPageAsync("admin@riverside.example");
        await page.GotoAsync("/Frameworks");
        await page.GetByRole(AriaRole.Link, new() { Name = "Characteristics of strong districts" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var id = page.Url.Split('/').Last();

        await page.GotoAsync($"/SelfAssessment/HeatMap?framework={id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Heat map of 40 schools") })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
