using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Account;

/// <summary>The password rules, seen where a person meets them: the page that sets a password from a mailed link.</summary>
[Trait("Category", "Database")]
public class PasswordPolicyTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task ResetPassword_ElevenCharacters_RefusedWithMessageAtThePasswordField()
    {
        var (client, link) = await ResetLinkAsync();

        var page = await PostAsync(client, link, "Kq7-mZ2-pL9");

        Assert.Contains("Use at least 12 characters", Html.FieldError(page, "Form.Password"));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("passwordpassword")]
    [InlineData("123456789012")]
    public async Task ResetPassword_CommonPassword_RefusedWithMessageAtThePasswordField(string common)
    {
        var (client, link) = await ResetLinkAsync();

        var page = await PostAsync(client, link, common);

        Assert.Contains("too common or too easy to guess", Html.FieldError(page, "Form.Password"));
    }

    [Fact]
    public async Task ResetPassword_ConfirmationDiffers_RefusedWithMessageAtTheConfirmationField()
    {
        var (client, link) = await ResetLinkAsync();

        var response = await client.PostFormAsync(link, PasswordResetTests.NewPasswordFields("Copper-Meadow-Lantern-31", "Copper-Meadow-Lantern-13"));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("The two passwords are not the same", Html.FieldError(page, "Form.ConfirmPassword"));
    }

    [Fact]
    public async Task ResetPassword_LongUncommonPhrase_AcceptedAfterRefusals()
    {
        var (client, link) = await ResetLinkAsync();
        await PostAsync(client, link, "short-pass1");
        await PostAsync(client, link, "password1234");

        var accepted = await client.PostFormAsync(link, PasswordResetTests.NewPasswordFields("Copper-Meadow-Lantern-31"));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/Account/PasswordSet", accepted.Headers.Location!.OriginalString);
    }

    private async Task<(BrowserlessClient Client, string Link)> ResetLinkAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        var client = BrowserlessClient.For(factory);
        await PasswordResetTests.AskForLinkAsync(client, teacher.Email);
        return (client, await Mailbox.LastLinkAsync(factory, teacher.Email, "/Account/ResetPassword"));
    }

    private static async Task<string> PostAsync(BrowserlessClient client, string link, string password)
    {
        var response = await client.PostFormAsync(link, PasswordResetTests.NewPasswordFields(password));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
