using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Users;

[Trait("Category", "Database")]
public class UsersTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.DistrictLeader)]
    public async Task Users_NotDistrictAdministrator_Forbidden(string role)
    {
        var district = await factory.CreateDistrictAsync();
        var person = await factory.CreateAccountAsync(district, role);
        using var client = await BrowserlessClient.SignedInAsync(factory, person);

        await AccessAssert.ForbiddenAsync(client, "/Users");
        await AccessAssert.ForbiddenAsync(client, "/Users/Invite");
    }

    [Fact]
    public async Task Users_List_ShowsOwnDistrictAccountsOnlyWithRoleAndTwoFactor()
    {
        var district = await factory.CreateDistrictAsync();
        var other = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var coach = await factory.CreateAccountAsync(district, Roles.Coach);
        var stranger = await factory.CreateAccountAsync(other, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var page = await client.GetPageAsync("/Users");

        Assert.Contains(coach.Email, page);
        Assert.Contains("Coach", page);
        Assert.Contains(admin.Email, page);
        Assert.DoesNotContain(stranger.Email, page);
        Assert.Contains("(2)", page);
    }

    [Fact]
    public async Task Users_MoreAccountsThanAPage_ShowsPagerAndSecondPage()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        await factory.InScopeAsync(district.Id, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            for (var i = 0; i < 30; i++)
            {
                var email = $"zz-person-{i:D2}.{Guid.NewGuid():N}"[..20] + "@test.example";
                Assert.True((await users.CreateAsync(new BeaconUser { UserName = email, Email = email, DisplayName = $"Zed Person {i:D2}", DistrictId = district.Id })).Succeeded);
            }
        });
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var first = await client.GetPageAsync("/Users");
        var second = await client.GetPageAsync("/Users?p=2");

        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("Zed Person 23", first);
        Assert.DoesNotContain("Zed Person 29", first);
        Assert.Contains("Page 2 of 2", second);
        Assert.Contains("Zed Person 29", second);
    }

    [Fact]
    public async Task Edit_UserOfAnotherDistrict_NotFound()
    {
        var district = await factory.CreateDistrictAsync();
        var other = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var stranger = await factory.CreateAccountAsync(other, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var token = await client.TokenFromAsync("/Users");

        var edit = await client.GetAsync($"/Users/Edit/{stranger.Id}");
        var remove = await client.GetAsync($"/Users/Remove/{stranger.Id}");
        var role = await client.Http.PostAsync($"/Users/Edit/{stranger.Id}?handler=Role", Form(token, ("Role", Roles.DistrictAdministrator)), TestContext.Current.CancellationToken);
        var unlock = await client.Http.PostAsync($"/Users/Edit/{stranger.Id}?handler=Unlock", Form(token), TestContext.Current.CancellationToken);
        var delete = await client.Http.PostAsync($"/Users/Remove/{stranger.Id}", Form(token), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, role.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal([Roles.Teacher], await RolesOfAsync(stranger.Email));
    }

    [Fact]
    public async Task Edit_ChangeRole_PersonHoldsOnlyTheNewRole()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var response = await client.PostFormAsync($"/Users/Edit/{teacher.Id}", new Dictionary<string, string> { ["Role"] = Roles.SchoolLeader },
            $"/Users/Edit/{teacher.Id}?handler=Role");
        var page = await client.GetPageAsync($"/Users/Edit/{teacher.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("is now School leader", page);
        Assert.Equal([Roles.SchoolLeader], await RolesOfAsync(teacher.Email));
    }

    [Fact]
    public async Task Edit_OwnRole_RefusedAndUnchanged()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var response = await client.PostFormAsync($"/Users/Edit/{admin.Id}", new Dictionary<string, string> { ["Role"] = Roles.Teacher },
            $"/Users/Edit/{admin.Id}?handler=Role");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Roles.DistrictAdministrator], await RolesOfAsync(admin.Email));
    }

    [Fact]
    public async Task Remove_AfterConfirmation_PersonCanNoLongerSignIn()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var confirm = await client.GetPageAsync($"/Users/Remove/{teacher.Id}");
        var removed = await client.PostFormAsync($"/Users/Remove/{teacher.Id}", new Dictionary<string, string>());
        using var person = BrowserlessClient.For(factory);
        var signIn = await person.SignInAsync(teacher.Email, teacher.Password);

        Assert.Contains("Remove Test Teacher", Html.Text(confirm));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(teacher.Email, await client.GetPageAsync("/Users"));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Remove_OwnAccount_Refused()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        var response = await client.PostFormAsync($"/Users/Remove/{admin.Id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot remove your own access", Html.Text(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Users")).StatusCode);
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("__RequestVerificationToken", token)));

    private Task<IList<string>> RolesOfAsync(string email) =>
        factory.InScopeAsync(null, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
        });
}
