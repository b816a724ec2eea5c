using System.Net;
using System.Text.Json;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Audit;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Schools;

[Trait("Category", "Database")]
public class SchoolEditTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static Dictionary<string, string> Fields(string name, string enrollment, string poverty = "41.5") => new()
    {
        ["Form.Name"] = name,
        ["Form.StateCode"] = "06-4100",
        ["Form.LocalCode"] = "100",
        ["Form.GradeBand"] = nameof(GradeBand.Elementary),
        ["Form.Address"] = "",
        ["Form.Enrollment"] = enrollment,
        ["Form.PovertyPercent"] = poverty,
        ["Form.EnglishLearnerPercent"] = "",
        ["Form.DisabilityPercent"] = "",
    };

    private async Task<(TestDistrict District, School School)> DistrictWithSchoolAsync()
    {
        var district = await factory.CreateDistrictAsync();
        var school = ListData.School("Alder Elementary", enrollment: 400, poverty: 41.5);
        school.StateCode = "06-4100";
        school.LocalCode = "100";
        await factory.SaveAsync(district, school);
        return (district, school);
    }

    [Fact]
    public async Task Edit_LeaderChangesNameAndEnrollment_SavedAndAuditedWithTheActingUser()
    {
        var (district, school) = await DistrictWithSchoolAsync();
        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);
        var url = $"/Schools/{school.Id}/Edit";

        var response = await client.PostFormAsync(url, Fields("Alder Community School", "455"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Schools/{school.Id}", response.Headers.Location!.OriginalString);
        Assert.Contains("The school’s details are saved", PageText.Of(await client.GetPageAsync($"/Schools/{school.Id}")));
        var entry = await factory.InScopeAsync(district.Id, (_, db) => db.AuditEntries
            .SingleAsync(a => a.Entity == nameof(School) && a.EntityId == school.Id.ToString() && a.Action == AuditAction.Updated));
        Assert.Equal(leader.Id, entry.UserId);
        Assert.Equal(leader.Email, entry.UserName);
        var changes = JsonDocument.Parse(entry.Changes).RootElement;
        Assert.Equal("Alder Elementary", changes.GetProperty("Name").GetProperty("from").GetString());
        Assert.Equal("Alder Community School", changes.GetProperty("Name").GetProperty("to").GetString());
        Assert.Equal("400", changes.GetProperty("Enrollment").GetProperty("from").GetString());
        Assert.Equal("455", changes.GetProperty("Enrollment").GetProperty("to").GetString());
        Assert.False(changes.TryGetProperty("PovertyPercent", out _), "An unchanged field must not be in the audit entry");
    }

    [Fact]
    public async Task Edit_AdministratorChangesSchool_EntryAppearsOnTheAuditPageWithTheUserAndFields()
    {
        var (district, school) = await DistrictWithSchoolAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);

        await client.PostFormAsync($"/Schools/{school.Id}/Edit", Fields("Alder Elementary", "400", poverty: "47"));
        var html = await client.GetPageAsync("/Audit?entity=School&action=Updated");
        var audit = PageText.Of(html);

        Assert.Contains(admin.Email, audit);
        Assert.Contains($"href=\"/Schools/{school.Id}\"", html);
        Assert.Contains("Poverty percent: 41.5 → 47", audit);
    }

    [Fact]
    public async Task Edit_InvalidNumbersAndNoName_FieldMessagesAndNothingSaved()
    {
        var (district, school) = await DistrictWithSchoolAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

        var response = await client.PostFormAsync($"/Schools/{school.Id}/Edit", Fields("", "lots", poverty: "140"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PageText.Of(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Enter the school’s name.", page);
        Assert.Contains("Enter the enrollment as a whole number from 0 to 100,000", page);
        Assert.Contains("Enter a percentage from 0 to 100", page);
        var saved = await factory.InScopeAsync(district.Id, (_, db) => db.Schools.SingleAsync(s => s.Id == school.Id));
        Assert.Equal("Alder Elementary", saved.Name);
        Assert.Equal(400, saved.Enrollment);
    }

    [Fact]
    public async Task Edit_Teacher_Forbidden()
    {
        var (district, school) = await DistrictWithSchoolAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var response = await client.GetAsync($"/Schools/{school.Id}/Edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("Edit school details", await client.GetPageAsync($"/Schools/{school.Id}"));
    }

    [Fact]
    public async Task Edit_PostToAnotherDistrictsSchool_NotFoundAndUnchanged()
    {
        var (mine, myschool) = await DistrictWithSchoolAsync();
        var (other, theirs) = await DistrictWithSchoolAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(mine, Roles.DistrictAdministrator));

        var response = await client.PostFormAsync($"/Schools/{myschool.Id}/Edit", Fields("Taken Over", "1"), postUrl: $"/Schools/{theirs.Id}/Edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var saved = await factory.InScopeAsync(other.Id, (_, db) => db.Schools.SingleAsync(s => s.Id == theirs.Id));
        Assert.Equal("Alder Elementary", saved.Name);
    }
}
