using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Account;

/// <summary>A session ends on the server: a copied cookie stops working the moment its owner signs out or changes the password.</summary>
[Trait("Category", "Database")]
public class SessionEndTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task SignOut_CopiedCookieReplayed_SignedOut()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var owner = await BrowserlessClient.SignedInAsync(factory, teacher);
        using var thief = CopyOf(owner);
        var before = await thief.GetAsync("/");

        await owner.SignOutAsync();
        var after = await thief.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/SignIn", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ChangePassword_OtherCopyOfTheCookie_SignedOutWhileThisBrowserStays()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var owner = await BrowserlessClient.SignedInAsync(factory, teacher);
        using var copy = CopyOf(owner);

        var changed = await owner.PostFormAsync("/Account/Manage", new Dictionary<string, string>
        {
            ["Form.CurrentPassword"] = teacher.Password,
            ["Form.New.Password"] = "Lantern-Meadow-Copper-81",
            ["Form.New.ConfirmPassword"] = "Lantern-Meadow-Copper-81",
        });
        var copied = await copy.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        Assert.StartsWith("/Account/SignIn", copied.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/")).StatusCode);
    }

    private BrowserlessClient CopyOf(BrowserlessClient client)
    {
        var copy = BrowserlessClient.For(factory);
        copy.Cookies.Add(client.Cookies.GetAllCookies());
        return copy;
    }
}
