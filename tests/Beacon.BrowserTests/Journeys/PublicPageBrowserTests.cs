using Beacon.BrowserTests.Infrastructure;
using Beacon.Web.Features.Plans;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

/// <summary>The demo's district administrator publishes the district plan; a reader without an account opens it on a phone.</summary>
public class PublicPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PublicPage_PublishedByTheAdmin_OpensSignedOutAt375PxWithThePlanAndNoAxeViolations()
    {
        var admin = await browser.SignedInPageAsync("admin@riverside.example");
        await admin.GotoAsync("/Plans/Publishing");
        await admin.GetByLabel("Plan", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = DemoPlans.Title });
        await admin.GetByLabel("Goals and their status at the latest signed-off review").CheckAsync();
        await admin.GetByLabel("Measures: baseline, target and result").CheckAsync();
        await admin.GetByLabel("Publish the page").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the public page", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Published at /Public/riverside");

        var reader = await browser.NewPageAsync(new ViewportSize { Width = 375, Height = 800 });
        var response = await reader.GotoAsync("/Public/riverside");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Riverside");
        await Assertions.Expect(reader.GetByText(DemoPlans.Mission)).ToBeVisibleAsync();
        var reading = reader.GetByTestId("public-goal").Filter(new() { HasText = "Raise reading proficiency in every school" });
        await Assertions.Expect(reading).ToContainTextAsync("On track");
        await Assertions.Expect(reading.GetByRole(AriaRole.Rowheader, new() { Name = "Reading proficiency" })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByTestId("public-goal").Filter(new() { HasText = "Keep students in school every day" })).ToContainTextAsync("At risk");
        Assert.True(await reader.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the public page scrolls sideways on a phone");
        var axe = await reader.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join(Environment.NewLine, axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Html).Take(3))}")));
    }
}
