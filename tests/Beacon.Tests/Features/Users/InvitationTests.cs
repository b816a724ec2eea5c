using System.Net;
using Beacon.Tests.Features.Account;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Users;

[Trait("Category", "Database")]
public class InvitationTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const string ChosenPassword = "Harbour-Quilt-Sparrow-52";

    [Fact]
    public async Task Invite_PersonAcceptsMailedLink_SignsInWithRoleInAdministratorsDistrict()
    {
        var district = await factory.CreateDistrictAsync("Lakeside District");
        var other = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var adminClient = await BrowserlessClient.SignedInAsync(factory, admin);
        var email = NewEmail();

        var invited = await InviteAsync(adminClient, email, "Robin Coach", Roles.Coach,
            ("Form.DistrictId", other.Id.ToString()), ("DistrictId", other.Id.ToString()));
        var listing = await adminClient.GetPageAsync("/Users");
        var mail = Assert.Single(await Mailbox.ToAsync(factory, email));
        var link = await Mailbox.LastLinkAsync(factory, email, "/Account/AcceptInvitation");
        using var person = BrowserlessClient.For(factory);
        var welcome = await person.GetPageAsync(link);
        var accepted = await person.PostFormAsync(link, PasswordResetTests.NewPasswordFields(ChosenPassword));
        var signIn = await person.SignInAsync(email, ChosenPassword);
        var home = await person.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("Robin Coach", listing);
        Assert.Contains("Invitation sent", listing);
        Assert.Contains("Lakeside District", mail.Subject);
        Assert.Contains(email, welcome);
        Assert.Equal("/Account/PasswordSet", accepted.Headers.Location!.OriginalString);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
        Assert.Contains("Lakeside District", home);
        var (districtId, roles, confirmed) = await AccountAsync(email);
        Assert.Equal(district.Id, districtId);
        Assert.Equal([Roles.Coach], roles);
        Assert.True(confirmed);
    }

    [Fact]
    public async Task AcceptInvitation_CommonPassword_RefusedAtThePasswordField()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var adminClient = await BrowserlessClient.SignedInAsync(factory, admin);
        var email = NewEmail();
        await InviteAsync(adminClient, email, "Sam Teacher", Roles.Teacher);
        using var person = BrowserlessClient.For(factory);

        var response = await person.PostFormAsync(await Mailbox.LastLinkAsync(factory, email, "/Account/AcceptInvitation"),
            PasswordResetTests.NewPasswordFields("password1234"));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too common or too easy to guess", Html.FieldError(page, "Form.Password"));
    }

    [Fact]
    public async Task AcceptInvitation_LinkUsedTwice_SecondTimeSaysItHasBeenUsed()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var adminClient = await BrowserlessClient.SignedInAsync(factory, admin);
        var email = NewEmail();
        await InviteAsync(adminClient, email, "Sam Teacher", Roles.Teacher);
        var link = await Mailbox.LastLinkAsync(factory, email, "/Account/AcceptInvitation");
        using var person = BrowserlessClient.For(factory);
        await person.PostFormAsync(link, PasswordResetTests.NewPasswordFields(ChosenPassword));

        var again = await person.GetPageAsync(link);

        Assert.Contains("has expired, has already been used", again);
        Assert.DoesNotContain("Form.Password", again);
    }

    [Fact]
    public async Task Invite_EmailOfAccountInAnotherDistrict_AnswersAsForANewAddressAndTellsTheOwner()
    {
        var district = await factory.CreateDistrictAsync();
        var other = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var elsewhere = await factory.CreateAccountAsync(other, Roles.Teacher);
        var unknown = NewEmail();
        using var adminClient = await BrowserlessClient.SignedInAsync(factory, admin);

        var taken = await InviteAsync(adminClient, elsewhere.Email, "Someone Else", Roles.Teacher);
        var takenNotice = Html.Text(await adminClient.GetPageAsync(taken.Headers.Location!.OriginalString));
        var fresh = await InviteAsync(adminClient, unknown, "Someone Else", Roles.Teacher);
        var freshNotice = Html.Text(await adminClient.GetPageAsync(fresh.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        var notice = $"Someone Else is invited. We mailed {unknown} a link to choose a password.";
        Assert.Contains(notice, freshNotice);
        Assert.Contains(notice.Replace(unknown, elsewhere.Email, StringComparison.Ordinal), takenNotice);
        // The owner hears of it, with no link that could move their account; the account stays where it was.
        var mail = Assert.Single(await Mailbox.ToAsync(factory, elsewhere.Email));
        Assert.Contains("already has a Beacon account", mail.HtmlBody);
        Assert.Empty(Mailbox.Links(mail.HtmlBody!));
        Assert.Equal(other.Id, (await AccountAsync(elsewhere.Email)).DistrictId);
    }

    [Fact]
    public async Task Invite_SystemAdministratorRoleFromForgedForm_Refused()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var adminClient = await BrowserlessClient.SignedInAsync(factory, admin);
        var email = NewEmail();

        var response = await InviteAsync(adminClient, email, "Mallory", Roles.SystemAdministrator);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose one of the roles", Html.FieldError(page, "Form.Role"));
        Assert.Empty(await Mailbox.ToAsync(factory, email));
    }

    [Fact]
    public async Task Invite_EmailOfStaffRecord_LinksTheAccountToIt()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        var email = NewEmail();
        var staffId = Guid.NewGuid();
        await factory.InScopeAsync(district.Id, (_, db) =>
        {
            db.StaffMembers.Add(new StaffMember { Id = staffId, SourceId = "T-1", GivenName = "Ada", FamilyName = "Lovelace", Email = email.ToUpperInvariant() });
            return db.SaveChangesAsync();
        });
        using var adminClient = await BrowserlessClient.SignedInAsync(factory, admin);

        await InviteAsync(adminClient, email, "Ada Lovelace", Roles.Teacher);

        var linked = await factory.InScopeAsync(district.Id, async (sp, _) =>
            (await sp.GetRequiredService<UserManager<BeaconUser>>().FindByEmailAsync(email))!.StaffMemberId);
        Assert.Equal(staffId, linked);
    }

    internal static Task<HttpResponseMessage> InviteAsync(
        BrowserlessClient client, string email, string name, string role, params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Email"] = email,
            ["Form.Name"] = name,
            ["Form.Role"] = role,
        };
        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }
        return client.PostFormAsync("/Users/Invite", fields);
    }

    internal static string NewEmail() => $"invitee.{Guid.NewGuid():N}"[..20] + "@test.example";

    private Task<(Guid? DistrictId, IList<string> Roles, bool EmailConfirmed)> AccountAsync(string email) =>
        factory.InScopeAsync(null, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<BeaconUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            return (user.DistrictId, await users.GetRolesAsync(user), user.EmailConfirmed);
        });
}
