using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Plans;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Plans;

/// <summary>
/// An action's owner is chosen from people found by name, without JavaScript: "Find people" lists the district's
/// matches to choose from, and an id of another district's person is refused beside the field.
/// </summary>
[Trait("Category", "Database")]
public class ActionOwnerPickerTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    private async Task<(Guid PlanId, BrowserlessClient Leader, TestAccount Own, TestAccount Other, TestDistrict District)> ArrangeAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var elsewhere = await factory.CreateDistrictAsync();
        var planId = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var own = await NamedAsync(district, "Priya Natarajan");
        var other = await NamedAsync(elsewhere, "Priya Elsewhere");
        var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        return (planId, leader, own, other, district);
    }

    private async Task<TestAccount> NamedAsync(TestDistrict district, string name)
    {
        var account = await factory.CreateAccountAsync(district, Roles.Teacher);
        await factory.InScopeAsync(district.Id, async (_, db) =>
            await db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, name)));
        return account;
    }

    [Fact]
    public async Task FindPeople_PartOfAName_ListsOnlyTheDistrictsMatchesAndKeepsWhatWasTyped()
    {
        var (planId, leader, own, other, district) = await ArrangeAsync();
        using var signedIn = leader;

        var response = await leader.PostFormAsync($"/Plans/Actions/New/{planId}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Train coaches",
            ["Form.OwnerSearch"] = "priya",
            ["Form.Status"] = "NotStarted",
        }, $"/Plans/Actions/New/{planId}?handler=FindPeople");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"name=\"Form.OwnerUserId\" value=\"{own.Id}\"", page);
        Assert.Contains("Priya Natarajan", page);
        Assert.DoesNotContain(other.Id, page);
        Assert.DoesNotContain("Priya Elsewhere", page);
        Assert.Contains("value=\"Train coaches\"", page);
        Assert.DoesNotContain("Form-OwnerUserId-error", page);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.PlanActions.CountAsync(a => a.PlanId == planId)));
    }

    [Fact]
    public async Task FindPeople_NobodyMatches_SaysSo()
    {
        var (planId, leader, _, _, _) = await ArrangeAsync();
        using var signedIn = leader;

        var response = await leader.PostFormAsync($"/Plans/Actions/New/{planId}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Train coaches",
            ["Form.OwnerSearch"] = "zzyzx",
        }, $"/Plans/Actions/New/{planId}?handler=FindPeople");

        Assert.Contains("No one with an account matches “zzyzx”.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task New_OwnerOfAnotherDistrictPosted_FieldErrorAndNothingSaved()
    {
        var (planId, leader, _, other, district) = await ArrangeAsync();
        using var signedIn = leader;

        var response = await leader.PostFormAsync($"/Plans/Actions/New/{planId}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Train coaches",
            ["Form.OwnerUserId"] = other.Id,
            ["Form.Status"] = "NotStarted",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("id=\"Form-OwnerUserId-error\"", page);
        Assert.Contains("this person is not in your district", page);
        Assert.DoesNotContain("Priya Elsewhere", page);
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.PlanActions.CountAsync(a => a.PlanId == planId)));
    }

    [Fact]
    public async Task Edit_OwnerChosenFromTheList_SavedAndNamedOnThePlanAndCheckedWhenEditedAgain()
    {
        var (planId, leader, own, _, district) = await ArrangeAsync();
        using var signedIn = leader;
        var created = await leader.PostFormAsync($"/Plans/Actions/New/{planId}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Train coaches",
            ["Form.OwnerUserId"] = own.Id,
            ["Form.Status"] = "InProgress",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var details = await leader.GetPageAsync($"/Plans/Details/{planId}");
        var actionId = await factory.InScopeAsync(district.Id, (_, db) => db.PlanActions.Where(a => a.PlanId == planId).Select(a => a.Id).SingleAsync());
        var edit = await leader.GetPageAsync($"/Plans/Actions/Edit/{actionId}");

        Assert.Contains("<td>Priya Natarajan</td>", details);
        Assert.Contains($"value=\"{own.Id}\" checked=\"checked\"", edit);
    }
}
