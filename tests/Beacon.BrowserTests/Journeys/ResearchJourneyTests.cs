using Beacon.BrowserTests.Infrastructure;
using Beacon.Web.Features.Research;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class ResearchJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DemoDraft_WrittenUpReviewedAndPublished_FoundInTheLibraryByAColleague()
    {
        // The demo teacher writes up their project in progress and names the indicator it serves.
        var teacher = await browser.SignedInPageAsync("teacher@riverside.example");
        await MainNav.ClickAsync(teacher, "Action research");
        await teacher.GetByRole(AriaRole.Link, new() { Name = DemoResearch.DraftTitle }).ClickAsync();
        await Assertions.Expect(teacher.GetByText("Only the authors and reviewers see this project until it is published.")).ToBeVisibleAsync();
        var draftUrl = teacher.Url;
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Write up the project" }).ClickAsync();
        await teacher.GetByLabel("Method").FillAsync("Three seconds of wait time after every question for four weeks, tallying who answered.");
        await teacher.GetByLabel("Findings").FillAsync("Eleven pupils answered who had not before; the six regulars answered less.");
        var indicators = teacher.GetByLabel("Framework indicators it serves");
        var first = await indicators.Locator("option").First.GetAttributeAsync("value");
        await indicators.SelectOptionAsync([first!]);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Save the write-up" }).ClickAsync();
        await Assertions.Expect(teacher.GetByText("Eleven pupils answered who had not before")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(teacher);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "Draft: in review" })).ToBeVisibleAsync();

        // A colleague who is neither author nor reviewer cannot open the draft.
        var colleague = await browser.SignedInPageAsync("coach@riverside.example");
        var refused = await colleague.GotoAsync(draftUrl);
        Assert.Equal(404, refused!.Status);

        // The principal reviews it: a comment, then publishing.
        var principal = await browser.SignedInPageAsync("principal@riverside.example");
        await MainNav.ClickAsync(principal, "Action research");
        await principal.GetByRole(AriaRole.Link, new() { Name = DemoResearch.DraftTitle }).ClickAsync();
        await principal.GetByLabel("Your comment").FillAsync("Say how you tallied the answers.");
        await principal.GetByRole(AriaRole.Button, new() { Name = "Add the comment" }).ClickAsync();
        await principal.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(principal.GetByText("Only the authors and reviewers see this project")).ToHaveCountAsync(0);

        // Now the colleague finds it in the library by its subject and reads it.
        await MainNav.ClickAsync(colleague, "Action research");
        await colleague.GetByLabel("Subject").SelectOptionAsync(new SelectOptionValue { Label = "Science" });
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Search the library" }).ClickAsync();
        await Assertions.Expect(colleague.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link)).ToHaveTextAsync([DemoResearch.DraftTitle]);
        await Accessibility.AssertNoSeriousViolationsAsync(colleague);
        await colleague.GetByRole(AriaRole.Link, new() { Name = DemoResearch.DraftTitle }).ClickAsync();
        await Assertions.Expect(colleague.GetByText("Say how you tallied the answers.")).ToBeVisibleAsync();
        await Assertions.Expect(colleague.GetByRole(AriaRole.Button, new() { Name = "Add the comment" })).ToHaveCountAsync(0);
    }
}
