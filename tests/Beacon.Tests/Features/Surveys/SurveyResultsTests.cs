using System.Net;
using System.Text;
using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Features.Surveys;

/// <summary>The results page and its export hide the same groups, and follow the district's minimum.</summary>
[Trait("Category", "Database")]
public class SurveyResultsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Export_OneLeaderBesideFiveTeachers_HidesBothRoleGroupsLikeTheScreen()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var email in s.AlderTeachers.Skip(1).Take(5))
        {
            await s.AnswerByLinkAsync(email, 4);
        }
        await s.AnswerByLinkAsync(s.AlderPrincipal, 1, "Only the principal could write this");

        var page = await leader.GetPageAsync($"/Surveys/Results/{id}?school={s.Alder}");
        var csv = Encoding.UTF8.GetString(await (await leader.GetAsync($"/Surveys/Results/{id}?school={s.Alder}&handler=Export&format=csv")).Content.ReadAsByteArrayAsync());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // Six in the school: showing the five teachers would expose the one principal by subtraction.
        Assert.Contains(lines, l => l.Contains("Alder Elementary,6,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Role group,Teachers,Not enough responses", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Role group,Leaders,Not enough responses", StringComparison.Ordinal));
        Assert.DoesNotContain("Only the principal could write this", page);
        Assert.DoesNotContain(",5,", csv);
        Assert.Equal(2, CountOf(page, "Not enough responses</td>"));
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
    public async Task Results_Teacher_IsRefused()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        using var teacher = await BrowserlessClient.SignedInAsync(factory, s.SignedInTeacher);

        var response = await teacher.GetAsync($"/Surveys/Results/{id}");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
