using System.Net;
using System.Text.RegularExpressions;
using Beacon.Tests.Infrastructure;

namespace Beacon.Tests.Features.Account;

/// <summary>What a person does on the account pages, step by step, shared by the account tests.</summary>
public static partial class AccountSteps
{
    public static async Task SignOutAsync(this BrowserlessClient client)
    {
        var response = await client.PostFormAsync("/Account/Manage", new Dictionary<string, string>(), "/Account/SignOut");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Turns on two-step sign-in from the account page; returns the shared key read off the page and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync(this BrowserlessClient client)
    {
        var manage = await client.GetPageAsync("/Account/Manage");
        Assert.Contains("href=\"/Account/Manage/EnableAuthenticator\"", manage);
        var setup = await client.GetPageAsync("/Account/Manage/EnableAuthenticator");
        var key = Html.TestId(setup, "shared-key").Replace(" ", "").ToUpperInvariant();

        var enabled = await client.PostFormAsync("/Account/Manage/EnableAuthenticator", new Dictionary<string, string>
        {
            ["Form.Code"] = Totp.NextCode(key),
        });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal("/Account/Manage/RecoveryCodes", enabled.Headers.Location!.OriginalString);

        var codesPage = await client.GetPageAsync("/Account/Manage/RecoveryCodes");
        var codes = CodePattern().Matches(codesPage).Select(m => m.Groups[1].Value).ToList();
        return (key, codes);
    }

    public static Task<HttpResponseMessage> SubmitTwoFactorCodeAsync(this BrowserlessClient client, string code) =>
        client.PostFormAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Form.Code"] = code });

    public static Task<HttpResponseMessage> SubmitRecoveryCodeAsync(this BrowserlessClient client, string code) =>
        client.PostFormAsync("/Account/RecoveryCode", new Dictionary<string, string> { ["Form.Code"] = code });

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex CodePattern();
}
