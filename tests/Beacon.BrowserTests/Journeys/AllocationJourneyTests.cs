using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class AllocationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task CreateScenarioAsync(IPage page, string name, string total, string maximum)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "New scenario" }).ClickAsync();
        await page.GetByLabel("Scenario name").FillAsync(name);
        await page.GetByLabel("Kind of position").FillAsync("Instructional coach");
        await page.GetByLabel("Positions to allocate").FillAsync(total);
        await page.GetByLabel("Yearly cost of one position").FillAsync("85000");
        await page.GetByLabel("Each school's maximum").FillAsync(maximum);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create scenario" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await page.GetByRole(AriaRole.Link, new() { Name = "All scenarios" }).ClickAsync();
    }

    [Fact]
    public async Task Allocation_TwoScenariosComparedAndOneDecided_DecisionIsInTheAuditLog()
    {
        var page = await browser.SignedInPageAsync("admin@riverside.example");
        await MainNav.ClickAsync(page, "Staffing");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Staffing" }).GetByRole(AriaRole.Link, new() { Name = "Extra positions" }).ClickAsync();

        await CreateScenarioAsync(page, "Coaches spread evenly", "12", "1");
        await CreateScenarioAsync(page, "Coaches by need", "12", "2");
        await page.GetByLabel("Compare Coaches spread evenly").CheckAsync();
        await page.GetByLabel("Compare Coaches by need").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the ticked scenarios" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Schools gaining");

        await page.GetByRole(AriaRole.Link, new() { Name = "All scenarios" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Coaches by need" }).ClickAsync();
        await page.GetByLabel("Rationale for the decision").FillAsync("Coaching time goes where poverty is highest.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision")).ToBeVisibleAsync();

        await page.GotoAsync("/Audit?entity=AllocationScenario");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Coaching time goes where poverty is highest.");
    }
}
