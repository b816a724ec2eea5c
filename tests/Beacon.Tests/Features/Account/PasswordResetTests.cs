using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Account;

[Trait("Category", "Database")]
public class PasswordResetTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string NewPassword = "Lantern-Orchard-Velvet-77";

    [Fact]
    public async Task ResetPassword_LinkFromMail_SetsNewPasswordAndOldOneStopsWorking()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);

        var asked = await AskForLinkAsync(client, teacher.Email);
        var link = await Mailbox.LastLinkAsync(factory, teacher.Email, "/Account/ResetPassword");
        var form = await client.GetPageAsync(link);
        var saved = await client.PostFormAsync(link, NewPasswordFields(NewPassword));

        Assert.Equal("/Account/ForgotPassword?sent=true", asked.Headers.Location!.OriginalString, ignoreCase: true);
        Assert.Contains("Choose a new password", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Account/PasswordSet", saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(teacher.Email, teacher.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(teacher.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_LinkUsedTwice_SecondTimeSaysLinkExpired()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);
        await AskForLinkAsync(client, teacher.Email);
        var link = await Mailbox.LastLinkAsync(factory, teacher.Email, "/Account/ResetPassword");
        await client.PostFormAsync(link, NewPasswordFields(NewPassword));

        var again = await client.PostFormAsync(link, NewPasswordFields("Another-Fresh-Phrase-88"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This link has expired or has already been used", Html.Text(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_AnswersTheSameAndSendsNothing()
    {
        using var client = BrowserlessClient.For(factory);
        var unknown = $"nobody.{Guid.NewGuid():N}@test.example";

        var response = await AskForLinkAsync(client, unknown);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("/Account/ForgotPassword?sent=true", response.Headers.Location!.OriginalString, ignoreCase: true);
        Assert.Contains("If an account exists for that address", page);
        Assert.Empty(await Mailbox.ToAsync(factory, unknown));
    }

    [Fact]
    public async Task ResetPassword_LockedOutAccount_ResetLetsThePersonInAgain()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = BrowserlessClient.For(factory);
        // From five addresses, so the account locks rather than the one address being throttled (ThrottleTests).
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            client.FromAddress($"10.5.{attempt}.1");
            await client.SignInAsync(teacher.Email, $"Wrong-Password-{attempt}-xyz");
        }

        await AskForLinkAsync(client, teacher.Email);
        await client.PostFormAsync(await Mailbox.LastLinkAsync(factory, teacher.Email, "/Account/ResetPassword"), NewPasswordFields(NewPassword));
        var signIn = await client.SignInAsync(teacher.Email, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ResetPassword_IncompleteLink_SaysToOpenTheWholeLink()
    {
        using var client = BrowserlessClient.For(factory);

        var page = await client.GetPageAsync("/Account/ResetPassword?userId=abc");

        Assert.Contains("This link is incomplete", page);
        Assert.DoesNotContain("Form.Password", page);
    }

    internal static Task<HttpResponseMessage> AskForLinkAsync(BrowserlessClient client, string email) =>
        client.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Form.Email"] = email });

    internal static Dictionary<string, string> NewPasswordFields(string password, string? confirm = null) => new()
    {
        ["Form.Password"] = password,
        ["Form.ConfirmPassword"] = confirm ?? password,
    };
}
