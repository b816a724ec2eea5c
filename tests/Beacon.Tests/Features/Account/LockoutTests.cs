using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Account;

[Trait("Category", "Database")]
public class LockoutTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string LockedMessage = "This account is locked after too many failed attempts";

    [Fact]
    public async Task SignIn_FiveWrongPasswords_RefusesTheRightPasswordWithLockedMessage()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);

        // From five addresses: one address failing five times is throttled before lockout (ThrottleTests).
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            client.FromAddress($"10.1.{attempt}.1");
            var wrong = await client.SignInAsync(teacher.Email, $"Wrong-Password-{attempt}-xyz");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        client.FromAddress("10.1.6.1");
        var sixth = await client.SignInAsync(teacher.Email, teacher.Password);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains(LockedMessage, Html.Text(await sixth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FourWrongPasswords_StillAcceptsTheRightOne()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            client.FromAddress($"10.4.{attempt}.1");
            await client.SignInAsync(teacher.Email, $"Wrong-Password-{attempt}-xyz");
        }
        var right = await client.SignInAsync(teacher.Email, teacher.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_AnotherAccountLockedFromTheSameClient_StillSignsIn()
    {
        var district = await factory.CreateDistrictAsync();
        var locked = await factory.CreateAccountAsync(district, Roles.Teacher);
        var colleague = await factory.CreateAccountAsync(district, Roles.Teacher);
        // One client stands for one school's shared address: lockout must not follow the address.
        using var client = BrowserlessClient.For(factory);
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            client.FromAddress($"10.2.{attempt}.1");
            await client.SignInAsync(locked.Email, $"Wrong-Password-{attempt}-xyz");
        }

        var response = await client.SignInAsync(colleague.Email, colleague.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Unlock_DistrictAdministratorUnlocksLockedAccount_RightPasswordWorksAgain()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var person = BrowserlessClient.For(factory);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            person.FromAddress($"10.3.{attempt}.1");
            await person.SignInAsync(teacher.Email, $"Wrong-Password-{attempt}-xyz");
        }
        using var adminClient = await BrowserlessClient.SignedInAsync(factory, admin);
        Assert.Contains("Locked out", await adminClient.GetPageAsync("/Users"));

        var unlock = await adminClient.PostFormAsync($"/Users/Edit/{teacher.Id}", new Dictionary<string, string>(), $"/Users/Edit/{teacher.Id}?handler=Unlock");
        var again = await person.SignInAsync(teacher.Email, teacher.Password);

        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/", again.Headers.Location!.OriginalString);
    }
}
