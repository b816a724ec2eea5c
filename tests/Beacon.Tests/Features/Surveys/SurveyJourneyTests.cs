using System.Net;
using Beacon.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Surveys;

/// <summary>Design → publish → answer by link → answer after sign-in → results, through the pages.</summary>
[Trait("Category", "Database")]
public class SurveyJourneyTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Survey_AnsweredByLinkAndAfterSignIn_ResultsAppearOnceMinimumReached()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);

        // Every invited person with an email got a link; the preview lists the framework's statements.
        foreach (var email in s.AlderTeachers.Concat(s.BirchTeachers).Append(s.AlderPrincipal))
        {
            Assert.Single(await Mailbox.ToAsync(factory, email));
        }
        var details = await leader.GetPageAsync($"/Surveys/Details/{id}");
        Assert.Contains("Response rate by school", details);

        foreach (var email in s.AlderTeachers.Skip(1).Take(3))
        {
            await s.AnswerByLinkAsync(email, 4, "More time to plan together");
        }
        Assert.Contains("No results are released yet", await leader.GetPageAsync($"/Surveys/Results/{id}"));
        Assert.Contains("Nothing new to release", await SurveyScenario.ReleaseAsync(leader, id));
        var early = await leader.GetPageAsync($"/Surveys/Results/{id}");
        Assert.Contains("No results are released yet", early);
        Assert.DoesNotContain("Strongest indicators", early);

        // The teacher with an account answers after signing in instead of using the link.
        using var teacher = await BrowserlessClient.SignedInAsync(factory, s.SignedInTeacher);
        Assert.Contains($"/Surveys/Answer/{id}", await teacher.GetPageAsync("/Surveys"));
        var sheet = await teacher.GetPageAsync($"/Surveys/Answer/{id}");
        var byAccount = await teacher.PostFormAsync($"/Surveys/Answer/{id}", SurveyScenario.AllAnswers(sheet, 2), $"/Surveys/Answer/{id}?handler=Submit");
        Assert.Equal(HttpStatusCode.Redirect, byAccount.StatusCode);
        Assert.Contains("already answered", await teacher.GetPageAsync($"/Surveys/Answer/{id}"));

        await s.AnswerByLinkAsync(s.AlderTeachers[4], 5);
        Assert.Contains("No results are released yet", await leader.GetPageAsync($"/Surveys/Results/{id}"));
        Assert.Contains("Release 1 is published: 5 respondents", await SurveyScenario.ReleaseAsync(leader, id));

        var district = await leader.GetPageAsync($"/Surveys/Results/{id}");
        Assert.DoesNotContain("Not enough responses yet", district);
        Assert.Contains("Strongest indicators", district);
        Assert.Contains("<svg", district);
        // (4·3 + 2 + 5) / 5 = 3.80 on every statement.
        Assert.Contains("3.80", district);
        var school = await leader.GetPageAsync($"/Surveys/Results/{id}?school={s.Alder}");
        Assert.Contains("More time to plan together", school);
        var birch = await leader.GetPageAsync($"/Surveys/Results/{id}?school={s.Birch}");
        Assert.Contains("Not enough responses yet", birch);
    }

    [Fact]
    public async Task Take_LinkAfterSubmit_SaysAlreadyAnsweredAndRecordsNothingMore()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        var link = await s.AnswerByLinkAsync(s.BirchTeachers[0], 3);

        using var again = BrowserlessClient.For(factory);
        var page = await again.GetPageAsync(link);
        Assert.Contains("already answered", page);
        Assert.DoesNotContain("Answers[", page);
        Assert.Equal(1, await factory.InScopeAsync(s.District.Id, (_, db) => db.SurveyResponses.CountAsync(r => r.SurveyId == id)));
    }

    [Fact]
    public async Task Take_SaveThenReturn_KeepsAnswersUntilSubmit()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        await s.DesignAndPublishAsync(leader);
        var link = await Mailbox.LastLinkAsync(factory, s.BirchTeachers[1], "/Surveys/Take");
        using var client = BrowserlessClient.For(factory);
        var page = await client.GetPageAsync(link);
        var first = SurveyScenario.ItemIds(page)[0];
        var saved = await client.PostFormAsync(link, new Dictionary<string, string> { [$"Answers[{first}]"] = "5", ["code"] = SurveyScenario.Code(link) }, "/Surveys/Take?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var back = await client.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("saved", back);
        Assert.True(back.Contains($"id=\"a-{first}-5\" checked=\"checked\"", StringComparison.Ordinal), back[back.IndexOf("<main", StringComparison.Ordinal)..][..1500]);

        var incomplete = await client.PostFormAsync(link, new Dictionary<string, string> { [$"Answers[{first}]"] = "5", ["code"] = SurveyScenario.Code(link) }, "/Surveys/Take?handler=Submit");
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("still need an answer", await incomplete.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Take_MadeUpCode_AnswersNotFound()
    {
        using var client = BrowserlessClient.For(factory);
        var response = await client.GetAsync("/Surveys/Take?code=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("link not found", await response.Content.ReadAsStringAsync());
    }
}
