using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Surveys;

/// <summary>Who sees which results: principals their own school, staff the district once closed; the protection page for everyone.</summary>
[Trait("Category", "Database")]
public class SurveyAccessTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Results_Principal_SeesOwnSchoolAndNotAnother()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var id = await s.DesignAndPublishAsync(leader);
        foreach (var email in s.AlderTeachers.Skip(1).Take(5))
        {
            await s.AnswerByLinkAsync(email, 5, "Our team plans well");
        }
        await SurveyScenario.ReleaseAsync(leader, id);
        var principalStaffId = await factory.InScopeAsync(s.District.Id, (_, db) =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.StaffMembers, m => m.Email == s.AlderPrincipal));
        var principal = await factory.CreateAccountAsync(s.District, Roles.SchoolLeader, principalStaffId.Id);
        using var client = await BrowserlessClient.SignedInAsync(factory, principal);

        var own = await client.GetPageAsync($"/Surveys/Results/{id}?school={s.Alder}");
        Assert.Contains("Results: Alder Elementary", own);
        Assert.Contains("5.00", own);
        Assert.Contains("Our team plans well", own);
        Assert.Contains("School,Alder Elementary,5,5,", await client.GetPageAsync($"/Surveys/Results/{id}?school={s.Alder}&handler=Export&format=csv"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Surveys/Results/{id}?school={s.Birch}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Surveys/Results/{id}?school={s.Birch}&handler=Export&format=csv")).StatusCode);
        Assert.Contains($"school={s.Alder}", await client.GetPageAsync("/Surveys"));
    }

    [Fact]
    public async Task Protection_Anonymous_ExplainsAndIsLinkedFromMailAndAnswerPages()
    {
        using var anonymous = BrowserlessClient.For(factory);
        var page = await anonymous.GetPageAsync("/Surveys/Protection");
        Assert.Contains("How your answers are protected", page);
        Assert.Contains("never stored with your name", page);

        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        await s.DesignAndPublishAsync(leader);
        var mail = (await Mailbox.ToAsync(factory, s.BirchTeachers[2])).Single();
        Assert.Contains(Mailbox.Links(mail.HtmlBody!), l => l.AbsolutePath == "/Surveys/Protection");
        var take = await anonymous.GetPageAsync(await Mailbox.LastLinkAsync(factory, s.BirchTeachers[2], "/Surveys/Take"));
        Assert.Contains("href=\"/Surveys/Protection\"", take);
        await s.AnswerByLinkAsync(s.BirchTeachers[2], 3);
        Assert.Contains("href=\"/Surveys/Protection\"", await anonymous.GetPageAsync("/Surveys/Thanks"));
    }

    [Fact]
    public async Task New_SelectAllThenNone_ChecksEverySchoolThenNone()
    {
        var s = await SurveyScenario.CreateAsync(factory);
        using var leader = await BrowserlessClient.SignedInAsync(factory, s.Leader);
        var fields = new Dictionary<string, string> { ["Form.Name"] = "Kept name" };

        var all = await leader.PostFormAsync("/Surveys/New", fields, "/Surveys/New?handler=Select&all=true");
        var allPage = await all.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Contains($"value=\"{s.Alder}\" id=\"school-0\" checked=\"checked\"", allPage);
        Assert.Contains("value=\"Kept name\"", allPage);
        var none = await (await leader.PostFormAsync("/Surveys/New", fields, "/Surveys/New?handler=Select&all=false")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("checked=\"checked\"", none.Split("Schools whose staff")[1]);
    }
}
