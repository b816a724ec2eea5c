using System.Net;
using System.Text;
using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Features.Surveys;

/// <summary>The results page and its export hide the same groups, and follow the district's minimum.</summary>
[Trait("Category", "Database")]
public class SurveyResultsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Export_OneLeaderBesideFiveTeachers_LeaderCountsInNoFigureAndTheirCommentStaysHidden()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var email in s.AlderTeachers.Skip(1).Take(5))
        {
            await s.AnswerByLinkAsync(email, 4);
        }
        await s.AnswerByLinkAsync(s.AlderPrincipal, 1, "Only the principal could write this");
        await SurveyScenario.ReleaseAsync(leader, id);

        var page = await leader.GetPageAsync($"/Surveys/Results/{id}?school={s.Alder}");
        var csv = Encoding.UTF8.GetString(await (await leader.GetAsync($"/Surveys/Results/{id}?school={s.Alder}&handler=Export&format=csv")).Content.ReadAsByteArrayAsync());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // The one principal is a group of one: released in no figure, so the school is its five teachers, all agreeing (4).
        Assert.Contains(lines, l => l.StartsWith("School,Alder Elementary,5,4,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Role group,Teachers,5,4,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Leaders", StringComparison.Ordinal));
        Assert.DoesNotContain("Only the principal could write this", page);
        Assert.DoesNotContain(",6,", csv);
    }

    [Fact]
    public async Task Settings_MinimumBelowThree_RefusedWithReason()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Beacon.Web.Identity.Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var refused = await client.PostFormAsync("/Surveys/Settings", new Dictionary<string, string> { ["MinimumRespondents"] = "2" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose between 3 and 50 respondents", await refused.Content.ReadAsStringAsync());

        var saved = await client.PostFormAsync("/Surveys/Settings", new Dictionary<string, string> { ["MinimumRespondents"] = "8" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"8\"", await client.GetPageAsync("/Surveys/Settings"));
    }

    [Fact]
    public async Task Results_DistrictMinimumRaised_HidesGroupShownBefore()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var email in s.AlderTeachers.Skip(1).Take(5))
        {
            await s.AnswerByLinkAsync(email, 5);
        }
        await SurveyScenario.ReleaseAsync(leader, id);
        Assert.DoesNotContain("Not enough responses yet", await leader.GetPageAsync($"/Surveys/Results/{id}"));

        await factory.InScopeAsync(s.District.Id, async (_, db) =>
        {
            var district = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Districts);
            district.SurveyMinimumRespondents = 6;
            await db.SaveChangesAsync();
        });

        Assert.Contains("Not enough responses yet", await leader.GetPageAsync($"/Surveys/Results/{id}"));
    }

    [Fact]
    public async Task Results_Teacher_SeesOnlyTheDistrictsClosingRelease()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var email in s.AlderTeachers.Skip(1).Take(5))
        {
            await s.AnswerByLinkAsync(email, 4, "Planning time helps");
        }
        await SurveyScenario.ReleaseAsync(leader, id);
        using var teacher = await BrowserlessClient.SignedInAsync(factory, s.SignedInTeacher);

        // A leader's release while the survey is open is not published to staff.
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/Surveys/Results/{id}?release=1")).StatusCode);
        Assert.Contains("published when the survey closes", await teacher.GetPageAsync($"/Surveys/Results/{id}"));
        await SurveyScenario.CloseAsync(leader, id);

        var district = await teacher.GetPageAsync($"/Surveys/Results/{id}");
        Assert.Contains("4.00", district);
        Assert.Contains("release 2 (final", district);
        Assert.DoesNotContain("Alder Elementary", district);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/Surveys/Results/{id}?school={s.Alder}")).StatusCode);
        Assert.Contains($"/Surveys/Results/{id}", await teacher.GetPageAsync("/Surveys"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
