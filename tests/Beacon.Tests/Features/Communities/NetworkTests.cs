using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Communities;

[Trait("Category", "Database")]
public partial class NetworkTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Network_JoinedByTwoDistricts_ShowsMembersOfBothOnlyToMemberDistricts()
    {
        var owner = await factory.CreateDistrictAsync("Alder Unified");
        var joiner = await factory.CreateDistrictAsync("Beech County Schools");
        var outsider = await factory.CreateDistrictAsync("Cedar Valley District");
        var network = await CommunityData.CommunityAsync(factory, owner, "Rural science network", CommunityKind.Network);
        var ownerAdmin = await factory.CreateAccountAsync(owner, Roles.DistrictAdministrator);
        var joinerAdmin = await factory.CreateAccountAsync(joiner, Roles.DistrictAdministrator);
        var ownerTeacher = await factory.CreateAccountAsync(owner, Roles.Teacher);
        var joinerTeacher = await factory.CreateAccountAsync(joiner, Roles.Teacher);
        var outsiderAdmin = await factory.CreateAccountAsync(outsider, Roles.DistrictAdministrator);
        await CommunityData.MemberAsync(factory, owner, network, ownerTeacher, name: "Avery Alder");
        await CommunityData.MemberAsync(factory, joiner, network, joinerTeacher, name: "Blair Beech");
        using var ownerClient = await BrowserlessClient.SignedInAsync(factory, ownerAdmin);
        using var joinerClient = await BrowserlessClient.SignedInAsync(factory, joinerAdmin);
        using var outsiderClient = await BrowserlessClient.SignedInAsync(factory, outsiderAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await joinerClient.GetAsync($"/Communities/Networks/Details/{network}")).StatusCode);
        var codePage = await ownerClient.PostFormAsync($"/Communities/Details/{network}?handler=JoinCode", new Dictionary<string, string>());
        var code = CodePattern().Match(await codePage.Content.ReadAsStringAsync()).Groups[1].Value;
        var joined = await joinerClient.PostFormAsync("/Communities/Networks/Join", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        var seenByOwner = await ownerClient.GetPageAsync($"/Communities/Networks/Details/{network}");
        var seenByJoiner = await joinerClient.GetPageAsync($"/Communities/Networks/Details/{network}");
        var seenByOutsider = await outsiderClient.GetAsync($"/Communities/Networks/Details/{network}");
        var joinerList = await joinerClient.GetPageAsync("/Communities");

        foreach (var page in new[] { seenByOwner, seenByJoiner })
        {
            Assert.Contains("Avery Alder", page);
            Assert.Contains("Blair Beech", page);
            Assert.Contains("Beech County Schools", page);
        }
        Assert.Equal(HttpStatusCode.NotFound, seenByOutsider.StatusCode);
        Assert.DoesNotContain("Avery Alder", await seenByOutsider.Content.ReadAsStringAsync());
        Assert.Contains("Rural science network", joinerList);
        // The network is the only thing shared: the owner's community page stays the owner's.
        Assert.Equal(HttpStatusCode.NotFound, (await joinerClient.GetAsync($"/Communities/Details/{network}")).StatusCode);
    }

    [Fact]
    public async Task Join_WrongCode_IsRefusedWithWhatToDo()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var response = await client.PostFormAsync("/Communities/Networks/Join", new Dictionary<string, string> { ["Code"] = "0123456789ab" });

        Assert.Contains("No network has this code", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AddToNetwork_JoinedDistrictLeader_AddsOwnPersonWhomTheOwnerThenSees()
    {
        var owner = await factory.CreateDistrictAsync("Alder Unified");
        var joiner = await factory.CreateDistrictAsync("Beech County Schools");
        var network = await CommunityData.CommunityAsync(factory, owner, "Maths leads network", CommunityKind.Network);
        await factory.InScopeAsync(joiner.Id, async (_, db) =>
        {
            db.NetworkMemberships.Add(new NetworkMembership { NetworkId = network, JoinedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
        var joinerLeader = await factory.CreateAccountAsync(joiner, Roles.DistrictLeader);
        var joinerTeacher = await factory.CreateAccountAsync(joiner, Roles.Teacher);
        var ownerTeacher = await factory.CreateAccountAsync(owner, Roles.Teacher);
        await CommunityData.MemberAsync(factory, owner, network, ownerTeacher, name: "Avery Alder");
        using var leaderClient = await BrowserlessClient.SignedInAsync(factory, joinerLeader);
        using var ownerClient = await BrowserlessClient.SignedInAsync(factory, ownerTeacher);

        var form = await leaderClient.GetPageAsync($"/Communities/Networks/Details/{network}");
        var added = await leaderClient.PostFormAsync($"/Communities/Networks/Details/{network}?handler=Add", new Dictionary<string, string> { ["UserId"] = joinerTeacher.Id });

        Assert.DoesNotContain(ownerTeacher.Id, form);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Test Teacher", await ownerClient.GetPageAsync($"/Communities/Networks/Details/{network}"));
    }

    [GeneratedRegex(@"<code>([0-9a-f]{12})</code>")]
    private static partial Regex CodePattern();
}
