using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Account;

/// <summary>The app as shipped: system administrators must use two-step sign-in too.</summary>
public sealed class TwoFactorRequiredFactory : BeaconFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Beacon:TwoFactor:RequiredForSystemAdministrators"] = "true",
    };
}

[Trait("Category", "Database")]
public class TwoFactorPolicyTests(TwoFactorRequiredFactory factory) : IClassFixture<TwoFactorRequiredFactory>
{
    [Fact]
    public async Task Provision_NewDistrict_RequiresTwoFactorOfAdministrators()
    {
        var slug = $"p{Guid.NewGuid():N}"[..16];
        var required = await factory.InScopeAsync(null, async (sp, db) =>
        {
            var district = await sp.GetRequiredService<DistrictProvisioner>().CreateAsync("Policy Unified", slug);
            return await db.Districts.IgnoreQueryFilters().Where(d => d.Id == district.Id).Select(d => d.TwoFactorRequiredForAdministrators).SingleAsync();
        });

        Assert.True(required);
    }

    [Theory]
    [InlineData(Roles.DistrictAdministrator)]
    [InlineData(Roles.HumanResources)]
    public async Task SignIn_RequiredRoleWithoutTwoFactor_SentToSetUpUntilItIsOn(string role)
    {
        var district = await factory.CreateDistrictAsync(twoFactorRequired: true);
        var person = await factory.CreateAccountAsync(district, role);
        using var client = await BrowserlessClient.SignedInAsync(factory, person);

        var home = await client.GetAsync("/");
        var users = await client.GetAsync("/Staff");
        var setup = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        await client.EnableTwoFactorAsync();
        var afterwards = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/Manage/EnableAuthenticator", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Equal("/Account/Manage/EnableAuthenticator", users.Headers.Location!.OriginalString);
        Assert.Contains("Your role in Beacon needs two-step sign-in", Html.TestId(setup, "two-factor-required"));
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task SignIn_TeacherInRequiringDistrict_NotAskedForTwoFactor()
    {
        var district = await factory.CreateDistrictAsync(twoFactorRequired: true);
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_SystemAdministratorWithoutTwoFactor_SentToSetUp()
    {
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);

        var districts = await client.GetAsync("/Admin/Districts");

        Assert.Equal(HttpStatusCode.Redirect, districts.StatusCode);
        Assert.Equal("/Account/Manage/EnableAuthenticator", districts.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TwoStepPolicy_DistrictTurnsItOff_AdministratorSignsInWithPasswordAlone()
    {
        var district = await factory.CreateDistrictAsync(twoFactorRequired: true);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var colleague = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        await client.EnableTwoFactorAsync();

        var page = await client.GetPageAsync("/Users/TwoStepPolicy");
        var off = await client.PostFormAsync("/Users/TwoStepPolicy", new Dictionary<string, string> { ["Required"] = "false" });
        using var other = await BrowserlessClient.SignedInAsync(factory, colleague);

        Assert.Contains("checked", page);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("optional for everyone", await client.GetPageAsync("/Users/TwoStepPolicy"));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/")).StatusCode);
    }
}
