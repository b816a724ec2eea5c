using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data.Configurations;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Account;

// Longer than 300 lines: every passkey page and the passkey sign-in share one fixture and the fake authenticator's helpers at the end.

/// <summary>
/// The Passkeys page and passkey sign-in over HTTP. Passkeys are registered straight into Identity's
/// store and answer challenges with <see cref="SoftwarePasskey"/>; the browser journey creates one in Chromium.
/// </summary>
[Trait("Category", "Database")]
public class PasskeyTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string Origin = "http://localhost";

    [Fact]
    public async Task Passkeys_OwnPasskey_ListedWithNameAddedAndNotYetUsed()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(teacher, passkey, "Kitchen tablet", new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var manage = await client.GetPageAsync("/Account/Manage");
        var page = await client.GetPageAsync("/Account/Manage/Passkeys");

        Assert.Contains("href=\"/Account/Manage/Passkeys\"", manage);
        var table = Html.Text(page);
        Assert.Contains("Kitchen tablet", table);
        Assert.Contains("14 March 2026", table);
        Assert.Contains("Not yet", table);
        Assert.Contains($"/Account/Manage/RenamePasskey/{passkey.RouteId}", page);
    }

    [Fact]
    public async Task Passkeys_NoPasskeys_SaysSoAndThatAddingNeedsJavaScript()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var page = await client.GetPageAsync("/Account/Manage/Passkeys");

        Assert.Contains("You have no passkeys yet", Html.TestId(page, "no-passkeys"));
        Assert.Contains("needs JavaScript", Html.TestId(page, "passkey-requirements"));
    }

    [Fact]
    public async Task AddPasskey_NoCredentialPosted_FieldMessageAboutJavaScript()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.PostFormAsync("/Account/Manage/Passkeys", new Dictionary<string, string> { ["Form.Name"] = "Laptop" },
            "/Account/Manage/Passkeys?handler=Add");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your browser sent no passkey", Html.FieldError(page, "Form.CredentialJson"));
    }

    [Fact]
    public async Task AddPasskey_CredentialWithoutCreationUnderWay_ExpiredMessageNot500()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.PostFormAsync("/Account/Manage/Passkeys", new Dictionary<string, string>
        {
            ["Form.CredentialJson"] = "{\"id\":\"AAAA\",\"type\":\"public-key\"}",
        }, "/Account/Manage/Passkeys?handler=Add");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("has expired", Html.FieldError(page, "Form.CredentialJson"));
    }

    [Fact]
    public async Task CreationOptions_SignedIn_NameTheAccountAndBeaconAsRelyingParty()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.PostFormAsync("/Account/Manage/Passkeys", new Dictionary<string, string>(), "/Account/Manage/Passkeys?handler=CreationOptions");
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"id\":\"localhost\"", json);
        Assert.Contains(teacher.Email, json);
    }

    [Fact]
    public async Task RenamePasskey_OwnPasskey_NewNameListed()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(teacher, passkey, "Old name");
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var url = $"/Account/Manage/RenamePasskey/{passkey.RouteId}";

        var form = await client.GetPageAsync(url);
        var response = await client.PostFormAsync(url, new Dictionary<string, string> { ["Form.Name"] = "Work phone" });
        var list = await client.GetPageAsync("/Account/Manage/Passkeys");

        Assert.Contains("Rename “Old name”", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Work phone", Html.Text(list));
        Assert.DoesNotContain("Old name", list);
    }

    [Fact]
    public async Task RenamePasskey_EmptyName_FieldMessage()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(teacher, passkey, "Laptop");
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var url = $"/Account/Manage/RenamePasskey/{passkey.RouteId}";

        var response = await client.PostFormAsync(url, new Dictionary<string, string> { ["Form.Name"] = "" });
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a name", Html.FieldError(page, "Form.Name"));
    }

    [Theory]
    [InlineData("RenamePasskey")]
    [InlineData("RemovePasskey")]
    public async Task PasskeyPages_AnotherPersonsPasskey_NotFoundAndUnchanged(string page)
    {
        var district = await factory.CreateDistrictAsync();
        var owner = await factory.CreateAccountAsync(district, Roles.Teacher);
        var colleague = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(owner, passkey, "Owner's phone");
        using var client = await BrowserlessClient.SignedInAsync(factory, colleague);
        var url = $"/Account/Manage/{page}/{passkey.RouteId}";
        var token = await client.TokenFromAsync("/Account/Manage/Passkeys");

        var get = await client.GetAsync(url);
        var post = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Taken over",
            ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
        var garbage = await client.GetAsync($"/Account/Manage/{page}/not~base64url");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
        Assert.Equal("Owner's phone", (await StoredAsync(owner, passkey))?.Name);
    }

    [Fact]
    public async Task RemovePasskey_Confirmed_GoneAndOtherSessionsEnd()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(teacher, passkey, "Lost phone");
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        using var elsewhere = await BrowserlessClient.SignedInAsync(factory, teacher);
        var url = $"/Account/Manage/RemovePasskey/{passkey.RouteId}";

        var confirm = await client.GetPageAsync(url);
        var response = await client.PostFormAsync(url, new Dictionary<string, string>());
        var list = await client.GetPageAsync("/Account/Manage/Passkeys");
        var other = await elsewhere.GetAsync("/");

        Assert.Contains("Remove the passkey “Lost phone”?", confirm);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("is removed", list);
        Assert.Contains("You have no passkeys yet", list);
        Assert.Null(await StoredAsync(teacher, passkey));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/Account/SignIn", other.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task RemovePasskey_WithoutAntiforgeryToken_RefusedAndKept()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(teacher, passkey, "Laptop");
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await client.Http.PostAsync($"/Account/Manage/RemovePasskey/{passkey.RouteId}",
            new FormUrlEncodedContent(new Dictionary<string, string>()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await StoredAsync(teacher, passkey));
    }

    [Fact]
    public async Task PasskeySignIn_RegisteredPasskey_SignedInAndLastUseStamped()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(teacher, passkey, "Laptop");
        using var client = BrowserlessClient.For(factory);

        var response = await SignInWithAsync(client, passkey, teacher.Id);
        var home = await client.GetAsync("/");
        var list = await client.GetPageAsync("/Account/Manage/Passkeys");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("Not yet", Html.Text(list));
        Assert.NotNull(await LastUsedAsync(passkey));
    }

    [Fact]
    public async Task PasskeySignIn_AdministratorWhoseDistrictRequiresTwoStep_NotSentToAuthenticatorSetUp()
    {
        var district = await factory.CreateDistrictAsync(twoFactorRequired: true);
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(admin, passkey, "Security key");
        using var withPassword = await BrowserlessClient.SignedInAsync(factory, admin);
        using var withPasskey = BrowserlessClient.For(factory);

        await SignInWithAsync(withPasskey, passkey, admin.Id);
        var users = await withPasskey.GetAsync("/Users");
        var passwordUsers = await withPassword.GetAsync("/Users");

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, passwordUsers.StatusCode);
        Assert.Equal("/Account/Manage/EnableAuthenticator", passwordUsers.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task PasskeySignIn_UnknownOrForgedPasskey_SameMessageAndSignedOut()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var registered = new SoftwarePasskey();
        using var unknown = new SoftwarePasskey();
        await RegisterAsync(teacher, registered, "Laptop");
        using var client = BrowserlessClient.For(factory);

        var forged = await SignInWithAsync(client, registered, teacher.Id, tamper: json => json.Replace("\"signature\":\"", "\"signature\":\"AA", StringComparison.Ordinal));
        var forgedPage = await forged.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var stranger = await SignInWithAsync(client, unknown, teacher.Id);
        var strangerPage = await stranger.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
        Assert.Contains("Beacon could not sign you in with that passkey", forgedPage);
        Assert.Contains("Beacon could not sign you in with that passkey", strangerPage);
        Assert.DoesNotContain("locked", Html.Text(forgedPage) + Html.Text(strangerPage), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task PasskeySignIn_LockedAccount_RefusedAsLocked()
    {
        var teacher = await factory.CreateAccountAsync(await factory.CreateDistrictAsync(), Roles.Teacher);
        using var passkey = new SoftwarePasskey();
        await RegisterAsync(teacher, passkey, "Laptop");
        await factory.InScopeAsync(null, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(teacher.Id))!, DateTimeOffset.UtcNow.AddMinutes(5));
        });
        using var client = BrowserlessClient.For(factory);

        var response = await SignInWithAsync(client, passkey, teacher.Id);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account is locked", page);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task PasskeySignIn_NoCredentialOrNoRequestUnderWay_PlainMessageNot500()
    {
        using var client = BrowserlessClient.For(factory);

        var empty = await client.PostFormAsync("/Account/SignIn", new Dictionary<string, string> { ["CredentialJson"] = "" }, "/Account/SignIn?handler=Passkey");
        var stale = await client.PostFormAsync("/Account/SignIn", new Dictionary<string, string> { ["CredentialJson"] = "{\"id\":\"AAAA\"}" }, "/Account/SignIn?handler=Passkey");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Your browser sent no passkey", await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("has expired", await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PasskeyRequestOptions_Anonymous_NameNoAccount()
    {
        using var client = BrowserlessClient.For(factory);

        var response = await client.PostFormAsync("/Account/SignIn", new Dictionary<string, string> { ["Form.Email"] = "teacher@riverside.example" },
            "/Account/SignIn?handler=PasskeyOptions");
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"challenge\"", json);
        Assert.Contains("\"allowCredentials\":[]", json);
    }

    private async Task<HttpResponseMessage> SignInWithAsync(BrowserlessClient client, SoftwarePasskey passkey, string userId, Func<string, string>? tamper = null)
    {
        var options = await client.PostFormAsync("/Account/SignIn", new Dictionary<string, string>(), "/Account/SignIn?handler=PasskeyOptions");
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        var credential = passkey.SignChallenge(await options.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), Origin, userId);
        var token = await client.TokenFromAsync("/Account/SignIn");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn?handler=Passkey")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["CredentialJson"] = tamper is null ? credential : tamper(credential),
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Origin", Origin);
        return await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private Task RegisterAsync(TestAccount account, SoftwarePasskey passkey, string name, DateTimeOffset? createdAt = null) =>
        factory.InScopeAsync(null, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            var result = await users.AddOrUpdatePasskeyAsync((await users.FindByIdAsync(account.Id))!, passkey.Info(name, createdAt ?? DateTimeOffset.UtcNow));
            Assert.True(result.Succeeded);
        });

    private Task<UserPasskeyInfo?> StoredAsync(TestAccount account, SoftwarePasskey passkey) =>
        factory.InScopeAsync(null, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            return await users.GetPasskeyAsync((await users.FindByIdAsync(account.Id))!, passkey.CredentialId);
        });

    private Task<DateTimeOffset?> LastUsedAsync(SoftwarePasskey passkey) =>
        factory.InScopeAsync(null, (_, db) => db.UserPasskeys
            .Where(p => p.CredentialId == passkey.CredentialId)
            .Select(p => EF.Property<DateTimeOffset?>(p, UserPasskeyConfiguration.LastUsedAt))
            .SingleAsync());
}
