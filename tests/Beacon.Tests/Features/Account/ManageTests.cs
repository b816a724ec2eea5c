using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Account;

[Trait("Category", "Database")]
public class ManageTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task Manage_SystemAdministratorWithoutDistrict_Opens()
    {
        var sysadmin = await factory.CreateAccountAsync(null, Roles.SystemAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, sysadmin);

        var page = await client.GetPageAsync("/Account/Manage");

        Assert.Contains(sysadmin.Email, page);
        Assert.Contains("Change your password", page);
    }

    [Fact]
    public async Task Manage_Anonymous_RedirectsToSignIn()
    {
        using var client = BrowserlessClient.For(factory);

        var response = await client.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ChangePassword_RightCurrentPassword_NewOneSignsIn()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await ChangeAsync(client, teacher.Password, "Maple-Kettle-Horizon-19");
        var page = await client.GetPageAsync("/Account/Manage");
        await client.SignOutAsync();
        var signIn = await client.SignInAsync(teacher.Email, "Maple-Kettle-Horizon-19");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Your password is changed", page);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_RefusedAtTheCurrentPasswordField()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await ChangeAsync(client, "Not-My-Password-At-All", "Maple-Kettle-Horizon-19");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This is not your current password", Html.FieldError(page, "Form.CurrentPassword"));
    }

    [Fact]
    public async Task ChangePassword_NewPasswordTooShort_RefusedAtTheNewPasswordField()
    {
        var district = await factory.CreateDistrictAsync();
        var teacher = await factory.CreateAccountAsync(district, Roles.Teacher);
        using var client = await BrowserlessClient.SignedInAsync(factory, teacher);

        var response = await ChangeAsync(client, teacher.Password, "Short-pw-1");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Use at least 12 characters", Html.FieldError(page, "Form.New.Password"));
    }

    private static Task<HttpResponseMessage> ChangeAsync(BrowserlessClient client, string current, string next) =>
        client.PostFormAsync("/Account/Manage", new Dictionary<string, string>
        {
            ["Form.CurrentPassword"] = current,
            ["Form.New.Password"] = next,
            ["Form.New.ConfirmPassword"] = next,
        });
}
