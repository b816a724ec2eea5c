using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Communities;

[Trait("Category", "Database")]
public class ActionPlanTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task AddTechnique_ThreeAlreadyActive_FourthRefusedWithGradualismMessage()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 4 TLC");
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var member = await CommunityData.MemberAsync(factory, district, community, teacher);
        await CommunityData.PlanItemAsync(factory, district, member, "exit-questions", TechniqueStatus.Trying);
        await CommunityData.PlanItemAsync(factory, district, member, "wait-time", TechniqueStatus.Trying);
        await CommunityData.PlanItemAsync(factory, district, member, "hinge-question", TechniqueStatus.Planned);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.PostFormAsync($"/Communities/Plan/{member}?handler=Add", new Dictionary<string, string>
        {
            ["Add.TechniqueKey"] = "traffic-lights",
            ["Add.Status"] = "Planned",
        });
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the most your district allows at once (3)", body);
        Assert.Contains("Gradualism", body);
        Assert.Equal(3, await ItemCountAsync(district, member));
    }

    [Fact]
    public async Task AddTechnique_OneOfThreeEmbedded_NewOneIsAdded()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 4 TLC");
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var member = await CommunityData.MemberAsync(factory, district, community, teacher);
        await CommunityData.PlanItemAsync(factory, district, member, "exit-questions", TechniqueStatus.Embedded);
        await CommunityData.PlanItemAsync(factory, district, member, "wait-time", TechniqueStatus.Trying);
        await CommunityData.PlanItemAsync(factory, district, member, "hinge-question", TechniqueStatus.Planned);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.PostFormAsync($"/Communities/Plan/{member}?handler=Add", new Dictionary<string, string>
        {
            ["Add.TechniqueKey"] = "traffic-lights",
            ["Add.Adaptation"] = "Coloured cups on each table during group work",
            ["Add.Status"] = "Trying",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var added = await factory.InScopeAsync(district.Id, (_, db) => db.ActionPlanItems.SingleAsync(i => i.MemberId == member && i.TechniqueKey == "traffic-lights"));
        Assert.Equal(TechniqueStatus.Trying, added.Status);
        Assert.Equal("Coloured cups on each table during group work", added.Adaptation);
    }

    [Fact]
    public async Task ChangeStatus_DroppedBackToTryingAtLimit_IsRefused()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 4 TLC");
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var member = await CommunityData.MemberAsync(factory, district, community, teacher);
        await CommunityData.PlanItemAsync(factory, district, member, "exit-questions", TechniqueStatus.Trying);
        await CommunityData.PlanItemAsync(factory, district, member, "wait-time", TechniqueStatus.Trying);
        await CommunityData.PlanItemAsync(factory, district, member, "hinge-question", TechniqueStatus.Planned);
        var dropped = await CommunityData.PlanItemAsync(factory, district, member, "learning-logs", TechniqueStatus.Dropped);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.PostFormAsync($"/Communities/Plan/{member}?handler=Status", new Dictionary<string, string>
        {
            ["itemId"] = dropped.ToString(),
            ["status"] = "Trying",
        });

        Assert.Contains("Gradualism", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var status = await factory.InScopeAsync(district.Id, (_, db) => db.ActionPlanItems.Where(i => i.Id == dropped).Select(i => i.Status).SingleAsync());
        Assert.Equal(TechniqueStatus.Dropped, status);
    }

    [Fact]
    public async Task AddTechnique_DistrictLimitRaisedToFour_FourthIsAdded()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Grade 4 TLC");
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var member = await CommunityData.MemberAsync(factory, district, community, teacher);
        foreach (var key in new[] { "exit-questions", "wait-time", "hinge-question" })
        {
            await CommunityData.PlanItemAsync(factory, district, member, key, TechniqueStatus.Trying);
        }
        using (var adminClient = await BrowserlessClient.SignedInAsync(factory, admin))
        {
            var saved = await adminClient.PostFormAsync("/Communities/Settings", new Dictionary<string, string> { ["MaxActiveTechniques"] = "4" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.PostFormAsync($"/Communities/Plan/{member}?handler=Add", new Dictionary<string, string>
        {
            ["Add.TechniqueKey"] = "traffic-lights",
            ["Add.Status"] = "Planned",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(4, await ItemCountAsync(district, member));
    }

    private Task<int> ItemCountAsync(TestDistrict district, Guid member) =>
        factory.InScopeAsync(district.Id, (_, db) => db.ActionPlanItems.CountAsync(i => i.MemberId == member));
}
