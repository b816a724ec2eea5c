using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Learning;

/// <summary>
/// An offering's facilitator is chosen with the people picker, as a plan action's owner is: found by name,
/// saved by account, and another district's account refused beside the field.
/// </summary>
[Trait("Category", "Database")]
public class FacilitatorPickerTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<(TestDistrict District, BrowserlessClient Office, TestAccount Own, TestAccount Other)> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var elsewhere = await factory.CreateDistrictAsync();
        var own = await NamedAsync(district, "Odalys Facilitator");
        var other = await NamedAsync(elsewhere, "Odalys Elsewhere");
        var office = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        return (district, office, own, other);
    }

    private async Task<TestAccount> NamedAsync(TestDistrict district, string name)
    {
        var account = await factory.CreateAccountAsync(district, Roles.Coach);
        await factory.InScopeAsync(district.Id, async (_, db) =>
            await db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, name)));
        return account;
    }

    [Fact]
    public async Task FindPeople_PartOfAName_ListsOnlyTheDistrictsMatchesAndKeepsTheTitle()
    {
        var (district, office, own, other) = await ArrangeAsync();
        using var signedIn = office;

        var response = await office.PostFormAsync("/Learning/New", new Dictionary<string, string>
        {
            ["Form.Title"] = "Number talks",
            ["Form.Kind"] = "Workshop",
            ["Form.FacilitatorSearch"] = "odalys",
        }, "/Learning/New?handler=FindPeople");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"name=\"Form.FacilitatorUserId\" value=\"{own.Id}\"", page);
        Assert.Contains("Odalys Facilitator", page);
        Assert.DoesNotContain(other.Id, page);
        Assert.DoesNotContain("Odalys Elsewhere", page);
        Assert.Contains("value=\"Number talks\"", page);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Offerings.CountAsync()));
    }

    [Fact]
    public async Task New_FacilitatorChosenFromTheList_SavedWithTheirNameAndRunsTheRoster()
    {
        var (district, office, own, _) = await ArrangeAsync();
        using var signedIn = office;

        var created = await office.PostFormAsync("/Learning/New", new Dictionary<string, string>
        {
            ["Form.Title"] = "Number talks",
            ["Form.Kind"] = "Workshop",
            ["Form.FacilitatorUserId"] = own.Id,
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await factory.InScopeAsync(district.Id, (_, db) => db.Offerings.Select(o => new { o.FacilitatorUserId, o.FacilitatorName }).SingleAsync());
        Assert.Equal((own.Id, "Odalys Facilitator"), (saved.FacilitatorUserId, saved.FacilitatorName));
        Assert.Contains("Odalys Facilitator", Html.Text(await office.GetPageAsync(created.Headers.Location!.OriginalString)));
    }

    [Fact]
    public async Task New_FacilitatorOfAnotherDistrictPosted_FieldErrorAndNothingSaved()
    {
        var (district, office, _, other) = await ArrangeAsync();
        using var signedIn = office;

        var response = await office.PostFormAsync("/Learning/New", new Dictionary<string, string>
        {
            ["Form.Title"] = "Number talks",
            ["Form.Kind"] = "Workshop",
            ["Form.FacilitatorUserId"] = other.Id,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("id=\"Form-FacilitatorUserId-error\"", page);
        Assert.Contains("this person is not in your district", page);
        Assert.DoesNotContain("Odalys Elsewhere", page);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.Offerings.CountAsync()));
    }
}
