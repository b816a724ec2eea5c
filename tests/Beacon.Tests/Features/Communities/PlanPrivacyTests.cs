using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Communities;

[Trait("Category", "Database")]
public class PlanPrivacyTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task ViewPlan_TeacherOfAnotherCommunity_NotFound()
    {
        var district = await factory.CreateDistrictAsync();
        var ours = await CommunityData.CommunityAsync(factory, district, "Science TLC");
        var theirs = await CommunityData.CommunityAsync(factory, district, "Maths TLC");
        var owner = await factory.CreateAccountAsync(district, Roles.Teacher);
        var outsider = await factory.CreateAccountAsync(district, Roles.Teacher);
        var member = await CommunityData.MemberAsync(factory, district, ours, owner);
        await CommunityData.MemberAsync(factory, district, theirs, outsider);
        await CommunityData.PlanItemAsync(factory, district, member, "exit-questions", TechniqueStatus.Trying);
        using var client = await BrowserlessClient.SignedInAsync(factory, outsider);

        var response = await client.GetAsync($"/Communities/Plan/{member}");
        var post = await client.Http.PostAsync($"/Communities/Plan/{member}?handler=Add", new FormUrlEncodedContent([new("Add.TechniqueKey", "wait-time")]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.DoesNotContain("Exit questions", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ViewPlan_FellowMemberWhoIsNotFacilitator_NotFound()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Science TLC");
        var owner = await factory.CreateAccountAsync(district, Roles.Teacher);
        var colleague = await factory.CreateAccountAsync(district, Roles.Teacher);
        var member = await CommunityData.MemberAsync(factory, district, community, owner);
        await CommunityData.MemberAsync(factory, district, community, colleague);
        using var client = await BrowserlessClient.SignedInAsync(factory, colleague);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Communities/Plan/{member}")).StatusCode);
    }

    [Fact]
    public async Task ViewPlan_DistrictLeaderNotFacilitator_NotFound()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Science TLC");
        var owner = await factory.CreateAccountAsync(district, Roles.Teacher);
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        var member = await CommunityData.MemberAsync(factory, district, community, owner);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Communities/Plan/{member}")).StatusCode);
    }

    [Fact]
    public async Task ViewPlan_OwnerAndFacilitator_SeeIt()
    {
        var district = await factory.CreateDistrictAsync();
        var community = await CommunityData.CommunityAsync(factory, district, "Science TLC");
        var owner = await factory.CreateAccountAsync(district, Roles.Teacher);
        var coach = await factory.CreateAccountAsync(district, Roles.Coach);
        var member = await CommunityData.MemberAsync(factory, district, community, owner);
        await CommunityData.MemberAsync(factory, district, community, coach, MemberRole.Facilitator);
        await CommunityData.PlanItemAsync(factory, district, member, "exit-questions", TechniqueStatus.Trying);
        using var ownerClient = await BrowserlessClient.SignedInAsync(factory, owner);
        using var coachClient = await BrowserlessClient.SignedInAsync(factory, coach);

        Assert.Contains("Exit questions", await ownerClient.GetPageAsync($"/Communities/Plan/{member}"));
        Assert.Contains("Exit questions", await coachClient.GetPageAsync($"/Communities/Plan/{member}"));
    }
}
