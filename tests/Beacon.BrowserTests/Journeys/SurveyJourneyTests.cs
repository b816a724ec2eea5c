using Beacon.BrowserTests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beacon.BrowserTests.Journeys;

public class SurveyJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Framework = "Principles of teacher learning communities";

    [Fact]
    public async Task Survey_TeacherAnswersOnPhone_LeaderReleasesAtMinimum_TeacherSeesDistrictResultsOnPhoneAfterClose()
    {
        var leader = await browser.SignedInPageAsync("leader@riverside.example");
        await MainNav.ClickAsync(leader, "Frameworks");
        await leader.GetByRole(AriaRole.Button, new() { Name = $"Adopt {Framework}" }).ClickAsync();

        await MainNav.ClickAsync(leader, "Surveys");
        await leader.GetByRole(AriaRole.Link, new() { Name = "New survey" }).ClickAsync();
        await leader.GetByLabel("Name").FillAsync("Professional learning survey 2026");
        await leader.GetByLabel("Framework", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Framework });
        await Accessibility.AssertNoSeriousViolationsAsync(leader);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Professional learning survey 2026");
        await Accessibility.AssertNoSeriousViolationsAsync(leader);
        await leader.GetByRole(AriaRole.Link, new() { Name = "Publish and mail the links…" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status)).ToContainTextAsync("staff members at");
        await leader.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Publish and mail \\d") }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published." })).ToBeVisibleAsync();
        var surveyId = Guid.Parse(leader.Url.Split('/').Last().Split('?')[0]);
        // The invitations are made in the background after publishing; the teacher answers once hers is.
        for (var tries = 0; (await leader.ContentAsync()).Contains("links are made so far", StringComparison.Ordinal); tries++)
        {
            Assert.True(tries < 120, "the invitations were not made within a minute");
            await Task.Delay(500);
            await leader.ReloadAsync();
        }

        // A teacher answers on a phone-sized screen after signing in.
        var phone = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });
        var teacher = await phone.NewPageAsync();
        await teacher.GotoAsync("/Account/SignIn");
        await teacher.GetByLabel("Email").FillAsync("teacher@riverside.example");
        await teacher.GetByLabel("Password", new() { Exact = true }).FillAsync(BrowserFixture.DemoPassword);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await teacher.GotoAsync("/Surveys");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Professional learning survey 2026" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(teacher);
        var statements = teacher.Locator("fieldset.likert");
        var count = await statements.CountAsync();
        Assert.True(count > 0, "the survey shows no statements");
        for (var i = 0; i < count; i++)
        {
            await statements.Nth(i).GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        }
        var width = await teacher.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the answer page scrolls sideways on a phone ({width}px wide)");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");

        await leader.GotoAsync($"/Surveys/Results/{surveyId}");
        await Assertions.Expect(leader.GetByRole(AriaRole.Status).Filter(new() { HasText = "No results are released yet" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(leader);

        await AnswerForColleaguesAsync(surveyId, 4);

        await leader.GotoAsync($"/Surveys/Details/{surveyId}");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Release results so far" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status).Filter(new() { HasText = "Release 1 is published" })).ToBeVisibleAsync();
        await leader.GotoAsync($"/Surveys/Results/{surveyId}");
        await Assertions.Expect(leader.GetByText("Not enough responses yet")).ToHaveCountAsync(0);
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "Strongest indicators" })).ToBeVisibleAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("Agreement by group") })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(leader);

        // Once the survey closes, the teacher finds the district's results on the phone.
        await leader.GotoAsync($"/Surveys/Details/{surveyId}");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Close the survey" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Status).Filter(new() { HasText = "Final release 2" })).ToBeVisibleAsync();
        await teacher.GotoAsync("/Surveys");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "whole district" }).First.ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Results: whole district");
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Name = "Strongest indicators" })).ToBeVisibleAsync();
        await Assertions.Expect(teacher.GetByText("release 2 (final")).ToBeVisibleAsync();
        var resultsWidth = await teacher.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(resultsWidth <= 375, $"the results page scrolls sideways on a phone ({resultsWidth}px wide)");
        await Accessibility.AssertNoSeriousViolationsAsync(teacher);
    }

    /// <summary>Colleagues of the teacher's school answer through the same submission the pages use.</summary>
    private async Task AnswerForColleaguesAsync(Guid surveyId, int colleagues)
    {
        await using var scope = browser.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        var districtId = await db.Users.Where(u => u.Email == "teacher@riverside.example").Select(u => u.DistrictId!.Value).SingleAsync();
        using var _ = scope.ServiceProvider.GetRequiredService<CurrentDistrict>().Use(districtId);
        var school = await db.SurveyInvitations.Where(i => i.SurveyId == surveyId && i.Answered).Select(i => i.SchoolId).SingleAsync();
        var items = await db.SurveyItems.Where(i => i.SurveyId == surveyId).Select(i => i.Id).ToListAsync();
        var others = await db.SurveyInvitations.Where(i => i.SurveyId == surveyId && !i.Answered && i.SchoolId == school && i.RoleGroup == RoleGroups.Teachers)
            .Select(i => i.Id).Take(colleagues).ToListAsync();
        var submission = scope.ServiceProvider.GetRequiredService<SurveySubmission>();
        foreach (var invitation in others)
        {
            await submission.SubmitAsync(invitation, items.ToDictionary(i => i, _ => 3), null, CancellationToken.None);
        }
    }
}
