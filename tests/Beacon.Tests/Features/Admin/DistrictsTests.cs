using System.Net;
using Beacon.Tests.Features.Account;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Admin;

[Trait("Category", "Database")]
public class DistrictsTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Theory]
    [InlineData(Roles.DistrictAdministrator)]
    [InlineData(Roles.Teacher)]
    public async Task Districts_DistrictMember_Forbidden(string role)
    {
        var district = await factory.CreateDistrictAsync();
        var person = await factory.CreateAccountAsync(district, role);
        using var client = await BrowserlessClient.SignedInAsync(factory, person);

        await AccessAssert.ForbiddenAsync(client, "/Admin/Districts");
        await AccessAssert.ForbiddenAsync(client, "/Admin/Districts/Create");
    }

    [Fact]
    public async Task Districts_SystemAdministrator_ListsEveryDistrict()
    {
        var first = await factory.CreateDistrictAsync($"Alpha {Guid.NewGuid():N}");
        var second = await factory.CreateDistrictAsync($"Beta {Guid.NewGuid():N}");
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);

        var home = await client.GetAsync("/");
        var page = await client.GetPageAsync("/Admin/Districts");

        Assert.Equal("/Admin/Districts", home.Headers.Location!.OriginalString);
        Assert.Contains(first.Name, page);
        Assert.Contains(second.Slug, page);
    }

    [Fact]
    public async Task Create_DistrictWithFirstAdministrator_AdministratorAcceptsAndManagesIt()
    {
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);
        var slug = $"hill-{Guid.NewGuid():N}"[..16];
        var adminEmail = $"first.{Guid.NewGuid():N}"[..18] + "@test.example";

        var created = await CreateAsync(client, "Hillcrest Unified", slug, adminEmail, "Jo Firstadmin");
        var listing = await client.GetPageAsync("/Admin/Districts");
        var link = await Mailbox.LastLinkAsync(factory, adminEmail, "/Account/AcceptInvitation");
        using var admin = BrowserlessClient.For(factory);
        await admin.PostFormAsync(link, PasswordResetTests.NewPasswordFields("Granite-Willow-Compass-64"));
        var signIn = await admin.SignInAsync(adminEmail, "Granite-Willow-Compass-64");
        // A new district requires two-step sign-in of its administrators: set up first, then the district.
        var beforeSetup = await admin.GetAsync("/");
        await admin.EnableTwoFactorAsync();
        var home = await admin.GetPageAsync("/");
        var users = await admin.GetPageAsync("/Users");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Hillcrest Unified is created", listing);
        Assert.Contains(slug, listing);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
        Assert.Equal("/Account/Manage/EnableAuthenticator", beforeSetup.Headers.Location!.OriginalString);
        Assert.Contains("Hillcrest Unified", home);
        Assert.Contains("District administrator", users);
        var (districtId, measures) = await DistrictAsync(slug);
        Assert.Equal(2, measures);
        var roles = await factory.InScopeAsync(districtId, async (sp, _) =>
        {
            var manager = sp.GetRequiredService<UserManager<BeaconUser>>();
            var user = (await manager.FindByEmailAsync(adminEmail))!;
            Assert.Equal(districtId, user.DistrictId);
            return await manager.GetRolesAsync(user);
        });
        Assert.Equal([Roles.DistrictAdministrator], roles);
    }

    [Theory]
    [InlineData("Has Capitals")]
    [InlineData("under_score")]
    [InlineData("-leading")]
    [InlineData("double--hyphen")]
    public async Task Create_SlugNotLowercaseLettersDigitsHyphens_RefusedAtTheSlugField(string slug)
    {
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);

        var response = await CreateAsync(client, "Bad Slug District", slug, $"x.{Guid.NewGuid():N}@test.example", "Someone");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Use lowercase letters, digits and single hyphens", Html.FieldError(page, "Form.Slug"));
    }

    [Fact]
    public async Task Create_SlugTaken_RefusedAtTheSlugField()
    {
        var existing = await factory.CreateDistrictAsync();
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);

        var response = await CreateAsync(client, "Copycat District", existing.Slug, $"x.{Guid.NewGuid():N}@test.example", "Someone");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Another district already uses this short name", Html.FieldError(page, "Form.Slug"));
    }

    [Fact]
    public async Task Create_AdministratorEmailTaken_RefusedAndNoDistrictCreated()
    {
        var elsewhere = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);
        var slug = $"dup-{Guid.NewGuid():N}"[..16];

        var response = await CreateAsync(client, "Duplicate Admin District", slug, elsewhere.Email, "Someone");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already has a Beacon account", Html.FieldError(page, "Form.AdminEmail"));
        Assert.Null((await DistrictAsync(slug)).Id);
    }

    internal static Task<HttpResponseMessage> CreateAsync(BrowserlessClient client, string name, string slug, string email, string adminName) =>
        client.PostFormAsync("/Admin/Districts/Create", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Slug"] = slug,
            ["Form.AdminEmail"] = email,
            ["Form.AdminName"] = adminName,
        });

    private Task<(Guid? Id, int Measures)> DistrictAsync(string slug) =>
        factory.InScopeAsync(null, async (_, db) =>
        {
            var id = await db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter])
                .Where(d => d.Slug == slug).Select(d => (Guid?)d.Id).FirstOrDefaultAsync();
            var measures = id is { } districtId
                ? await db.Measures.IgnoreQueryFilters([BeaconDbContext.TenantFilter]).CountAsync(m => m.DistrictId == districtId)
                : 0;
            return (id, measures);
        });
}
