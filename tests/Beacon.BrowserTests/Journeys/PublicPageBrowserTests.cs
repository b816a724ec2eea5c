using Beacon.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

/// <summary>A district leader publishes the public page; a reader without an account opens it on a phone.</summary>
public class PublicPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PublicPage_PublishedByTheLeader_OpensWithoutSignInAt375PxWithNoSeriousViolations()
    {
        var leader = await browser.SignedInPageAsync("leader@riverside.example");
        await leader.GotoAsync("/Plans/Publishing");
        var plan = leader.GetByLabel("Plan", new() { Exact = true });
        var firstPlan = await plan.Locator("option").Nth(1).GetAttributeAsync("value");
        await plan.SelectOptionAsync(firstPlan!);
        await leader.GetByLabel("Goals and their status at the latest signed-off review").CheckAsync();
        await leader.GetByLabel("Measures: baseline, target and result").CheckAsync();
        await leader.GetByLabel("Budget totals").CheckAsync();
        await leader.GetByLabel("Publish the page").CheckAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Save the public page", Exact = true }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("Published at");

        var reader = await browser.NewPageAsync(new ViewportSize { Width = 375, Height = 800 });
        var response = await reader.GotoAsync("/Public/riverside");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Riverside");
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Goals", Exact = true })).ToBeVisibleAsync();
        Assert.True(await reader.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the public page scrolls sideways on a phone");
        await Accessibility.AssertNoSeriousViolationsAsync(reader);
    }
}
