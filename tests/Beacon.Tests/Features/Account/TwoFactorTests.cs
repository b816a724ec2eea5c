using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Account;

[Trait("Category", "Database")]
public class TwoFactorTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task SignIn_AuthenticatorEnabled_AsksForCodeRefusesWrongOneAcceptsRightOne()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var (key, _) = await client.EnableTwoFactorAsync();
        await client.SignOutAsync();

        var password = await client.SignInAsync(teacher.Email, teacher.Password);
        var notYet = await client.GetAsync("/");
        var wrong = await client.SubmitTwoFactorCodeAsync(Totp.WrongCode(key, DateTimeOffset.UtcNow));
        var wrongPage = await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var right = await client.SubmitTwoFactorCodeAsync(Totp.NextCode(key));

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/TwoFactor", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
        Assert.StartsWith("/Account/SignIn", notYet.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is not right", Html.FieldError(wrongPage, "Form.Code"));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task TwoFactor_CodeReplayedAfterUse_Refused()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var (key, _) = await client.EnableTwoFactorAsync();
        await client.SignOutAsync();
        var code = Totp.NextCode(key);

        await client.SignInAsync(teacher.Email, teacher.Password);
        var first = await client.SubmitTwoFactorCodeAsync(code);
        await client.SignOutAsync();
        await client.SignInAsync(teacher.Email, teacher.Password);
        var replay = await client.SubmitTwoFactorCodeAsync(code);
        var replayPage = await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var fresh = await client.SubmitTwoFactorCodeAsync(Totp.NextCode(key));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("That code is not right", Html.FieldError(replayPage, "Form.Code"));
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal("/", fresh.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EnableAuthenticator_CodeThatTurnedItOn_CannotSignIn()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var setup = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        var key = Html.TestId(setup, "shared-key").Replace(" ", "").ToUpperInvariant();
        var code = Totp.NextCode(key);
        await client.PostFormAsync("/Account/Manage/EnableAuthenticator", new Dictionary<string, string> { ["Form.Code"] = code });
        await client.SignOutAsync();

        await client.SignInAsync(teacher.Email, teacher.Password);
        var replay = await client.SubmitTwoFactorCodeAsync(code);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("That code is not right", Html.FieldError(await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Form.Code"));
    }

    [Fact]
    public async Task EnableAuthenticator_Page_ShowsQrCodeOfTheSetupAddress()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var page = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        var source = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"qr-code\" src=\"data:image/png;base64,([^\"]+)\"");

        Assert.True(source.Success, "no QR code image on the page");
        var png = Convert.FromBase64String(WebUtility.HtmlDecode(source.Groups[1].Value));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 200, $"a {png.Length}-byte PNG is too small to hold the address");
        Assert.Contains("data-testid=\"shared-key\"", page);
    }

    [Fact]
    public async Task EnableAuthenticator_Page_ShowsKeyInGroupsAndOtpAuthAddress()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var page = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        var shown = Html.TestId(page, "shared-key");
        var uri = Html.TestId(page, "authenticator-uri");

        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", shown);
        Assert.StartsWith("otpauth://totp/Beacon:", uri);
        Assert.Contains($"secret={shown.Replace(" ", "").ToUpperInvariant()}", uri);
        Assert.Contains("issuer=Beacon", uri);
    }

    [Fact]
    public async Task EnableAuthenticator_WrongCode_StaysOffWithMessageAtTheCodeField()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var setup = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        var key = Html.TestId(setup, "shared-key").Replace(" ", "").ToUpperInvariant();

        var response = await client.PostFormAsync("/Account/Manage/EnableAuthenticator", new Dictionary<string, string>
        {
            ["Form.Code"] = Totp.WrongCode(key, DateTimeOffset.UtcNow),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That code is not right", Html.FieldError(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Form.Code"));
        Assert.Contains("Set up an authenticator app", await client.GetPageAsync("/Account/Manage"));
    }

    [Fact]
    public async Task RecoveryCode_UsedOnce_SignsInAndThenNoLongerWorks()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var (_, codes) = await client.EnableTwoFactorAsync();
        await client.SignOutAsync();

        await client.SignInAsync(teacher.Email, teacher.Password);
        var first = await client.SubmitRecoveryCodeAsync(codes[0]);
        await client.SignOutAsync();
        await client.SignInAsync(teacher.Email, teacher.Password);
        var second = await client.SubmitRecoveryCodeAsync(codes[0]);
        var secondPage = await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var another = await client.SubmitRecoveryCodeAsync(codes[1]);

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("has already been used", Html.FieldError(secondPage, "Form.Code"));
        Assert.Equal(HttpStatusCode.Redirect, another.StatusCode);
    }

    [Fact]
    public async Task TwoFactor_FiveWrongCodes_LockTheAccount()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var (key, _) = await client.EnableTwoFactorAsync();
        await client.SignOutAsync();
        await client.SignInAsync(teacher.Email, teacher.Password);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitTwoFactorCodeAsync(Totp.WrongCode(key, DateTimeOffset.UtcNow));
        }
        var right = await client.SubmitTwoFactorCodeAsync(Totp.NextCode(key));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("This account is locked", Html.Text(await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RecoveryCodes_Regenerated_OldCodesStopWorking()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        var (_, oldCodes) = await client.EnableTwoFactorAsync();

        var confirm = await client.GetPageAsync("/Account/Manage/RecoveryCodes");
        var regenerated = await client.PostFormAsync("/Account/Manage/RecoveryCodes", new Dictionary<string, string>());
        var newPage = await client.GetPageAsync("/Account/Manage/RecoveryCodes");
        await client.SignOutAsync();
        await client.SignInAsync(teacher.Email, teacher.Password);
        var old = await client.SubmitRecoveryCodeAsync(oldCodes[0]);

        Assert.Contains("Replace my recovery codes", confirm);
        Assert.Equal(HttpStatusCode.Redirect, regenerated.StatusCode);
        Assert.Contains("only time Beacon shows them", newPage);
        Assert.DoesNotContain(oldCodes[0], newPage);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task DisableTwoFactor_AfterConfirmation_PasswordAloneSignsIn()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);
        await client.EnableTwoFactorAsync();

        var confirm = await client.GetPageAsync("/Account/Manage/DisableTwoFactor");
        var disabled = await client.PostFormAsync("/Account/Manage/DisableTwoFactor", new Dictionary<string, string>());
        await client.SignOutAsync();
        var signIn = await client.SignInAsync(teacher.Email, teacher.Password);

        Assert.Contains("Turn off two-step sign-in?", confirm);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }
}
