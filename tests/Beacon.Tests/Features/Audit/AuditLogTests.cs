using System.Net;
using Beacon.Tests.Features.Schools;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Audit;
using Beacon.Web.Identity;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Audit;

[Trait("Category", "Database")]
public class AuditLogTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static AuditEntry Entry(DateTimeOffset at, string user, AuditAction action = AuditAction.Updated, string entity = "School", string changes = "{}") => new()
    {
        Id = Guid.CreateVersion7(),
        At = at,
        UserName = user,
        Entity = entity,
        EntityId = Guid.NewGuid().ToString(),
        Action = action,
        Changes = changes,
    };

    private async Task<BrowserlessClient> AdminOfAsync(TestDistrict district) =>
        await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));

    [Fact]
    public async Task Audit_Teacher_Forbidden()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var response = await client.GetAsync("/Audit");
        var denied = await client.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Audit?handler=Export&format=csv")).StatusCode);
    }

    [Fact]
    public async Task Audit_ChangeMadeActingAsAUser_AdministratorSeesWhoAndWhichFields()
    {
        var district = await factory.CreateDistrictAsync();
        var school = ListData.School("Alder Elementary", enrollment: 400);
        await factory.SaveAsync(district, school);
        await factory.InScopeAsync(district.Id, async (sp, db) =>
        {
            using var actor = sp.GetRequiredService<CurrentUser>().ActAs("Data Steward", "steward-1");
            var saved = await db.Schools.SingleAsync(s => s.Id == school.Id);
            saved.Name = "Alder Academy";
            await db.SaveChangesAsync();
        });
        using var client = await AdminOfAsync(district);

        var html = await client.GetPageAsync("/Audit?user=steward");
        var page = PageText.Of(html);

        Assert.Contains("Data Steward Updated School Alder Academy", page);
        Assert.Contains($"href=\"/Schools/{school.Id}\"", html);
        Assert.Contains("Name: Alder Elementary → Alder Academy", page);
        Assert.Contains("Showing 1–1 of 1", page);
    }

    [Fact]
    public async Task Audit_EntriesOfAnotherDistrict_NeverShown()
    {
        var other = await factory.CreateDistrictAsync();
        await factory.SaveAsync(other, ListData.School("Hidden Valley High"), Entry(DateTimeOffset.UtcNow, "Intruder Person"));
        var mine = await factory.CreateDistrictAsync();
        await factory.SaveAsync(mine, ListData.School("Alder Elementary"));
        using var client = await AdminOfAsync(mine);

        var page = await client.GetPageAsync("/Audit");
        var export = await client.Http.GetStringAsync("/Audit?handler=Export&format=csv", TestContext.Current.CancellationToken);

        Assert.Contains("Alder Elementary", page);
        Assert.DoesNotContain("Hidden Valley", page);
        Assert.DoesNotContain("Intruder", page);
        Assert.DoesNotContain("Hidden Valley", export);
        Assert.DoesNotContain("Intruder", export);
    }

    [Fact]
    public async Task Audit_FilterByEntityActionAndDates_OnlyMatchingEntriesNewestFirst()
    {
        var district = await factory.CreateDistrictAsync();
        var day = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
        await factory.SaveAsync(district,
            Entry(day.AddHours(9), "early.user", AuditAction.Created, "School"),
            Entry(day.AddHours(15), "late.user", AuditAction.Created, "School"),
            Entry(day.AddDays(1).AddHours(1), "next.day", AuditAction.Created, "School"),
            Entry(day.AddHours(12), "staff.editor", AuditAction.Created, "StaffMember"),
            Entry(day.AddHours(13), "updater", AuditAction.Updated, "School"));
        using var client = await AdminOfAsync(district);

        var page = await client.GetPageAsync("/Audit?entity=School&action=Created&from=2026-03-10&to=2026-03-10");

        Assert.Equal(["10 Mar 2026, 15:00:00", "10 Mar 2026, 09:00:00"], PageText.FirstColumn(page));
        var text = PageText.Of(page);
        Assert.Contains("late.user", text);
        Assert.DoesNotContain("next.day", text);
        Assert.DoesNotContain("staff.editor", text);
        Assert.DoesNotContain("updater", text);
    }

    [Fact]
    public async Task Audit_FromAfterTo_SaysHowToFixIt()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await AdminOfAsync(district);

        var page = PageText.Of(await client.GetPageAsync("/Audit?from=2026-03-10&to=2026-03-01"));

        Assert.Contains("Choose a ‘to’ date on or after the ‘from’ date.", page);
        Assert.Contains("No audit entries match these filters", page);
    }

    [Fact]
    public async Task Audit_ManyEntries_PagedNewestFirst()
    {
        var district = await factory.CreateDistrictAsync();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await factory.SaveAsync(district, Enumerable.Range(1, 55)
            .Select(i => (object)Entry(start.AddMinutes(i), $"bulk.user{i:00}", entity: "Bulk")).ToArray());
        using var client = await AdminOfAsync(district);

        var page = PageText.Of(await client.GetPageAsync("/Audit?entity=Bulk&page=2"));

        Assert.Contains("Showing 51–55 of 55", page);
        Assert.Contains("bulk.user05", page);
        Assert.DoesNotContain("bulk.user06", page);
    }

    [Fact]
    public async Task Audit_InvitationThroughTheForm_OneGroupWithNamesLinksAndProductWords()
    {
        var district = await factory.CreateDistrictAsync();
        var admin = await factory.CreateAccountAsync(district, Roles.DistrictAdministrator);
        await factory.InScopeAsync(district.Id, (_, db) => db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "Ada Admin")));
        using var client = await BrowserlessClient.SignedInAsync(factory, admin);
        var invited = await Features.Users.InvitationTests.InviteAsync(client, $"nia.{district.Slug}@test.example", "Nia Newcomer", Roles.Teacher);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var html = await client.GetPageAsync($"/Audit?person={admin.Id}&kind=people");
        var page = PageText.Of(html);

        // The account and its role were saved apart but by one request: one group, one time, one name.
        Assert.Contains("Ada Admin", page);
        Assert.Matches(@"\d changes together", page);
        Assert.Single(PageText.FirstColumn(html), c => c.Length > 0 && char.IsDigit(c[0]));
        Assert.Contains("Created Person Nia Newcomer", page);
        Assert.Contains("Role: Teacher", page);
        Assert.Contains($"href=\"/Users/Edit/{admin.Id}\"", html);
        Assert.Contains("<option value=\"people\" selected=\"selected\">People and access</option>", html);
        Assert.DoesNotContain("BeaconUser", page);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(html, "<option value=\"[a-z-]+\"").Count < 20, "the record filter offers groups, not every table");
    }

    [Fact]
    public async Task Audit_FieldValues_ReadInTheProductsWords()
    {
        var district = await factory.CreateDistrictAsync();
        var school = ListData.School("Alder Elementary");
        await factory.SaveAsync(district, school,
            Entry(DateTimeOffset.UtcNow, "planner", AuditAction.Updated, "PlanAction",
                $$$"""{"Status":{"from":"NotStarted","to":"InProgress"},"DueOn":{"to":"12/07/2026"},"Budget":{"to":null},"SchoolId":{"to":"{{{school.Id}}}"},"Adopted":{"from":"False","to":"True"}}"""));
        using var client = await AdminOfAsync(district);

        var page = PageText.Of(await client.GetPageAsync("/Audit?kind=plans"));

        Assert.Contains("Status: Not started → In progress", page);
        Assert.Contains("Due on: 7 Dec 2026", page);
        Assert.Contains("Budget: (empty)", page);
        Assert.Contains("School: Alder Elementary", page);
        Assert.Contains("Adopted: No → Yes", page);
    }

    [Fact]
    public async Task Export_Csv_FilteredEntriesWithReadableChanges()
    {
        var district = await factory.CreateDistrictAsync();
        var at = new DateTimeOffset(2026, 3, 10, 8, 30, 0, TimeSpan.Zero);
        await factory.SaveAsync(district,
            Entry(at, "=HYPERLINK(\"x\")", changes: """{"Name":{"from":"Alder","to":"Birch"}}"""),
            Entry(at, "someone.else"));
        using var client = await AdminOfAsync(district);

        var bytes = await client.Http.GetByteArrayAsync("/Audit?user=hyperlink&handler=Export&format=csv", TestContext.Current.CancellationToken);

        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        Assert.True(csv.Read());
        Assert.Equal("2026-03-10 08:30:00", csv.GetString("When (UTC)"));
        Assert.Equal("'=HYPERLINK(\"x\")", csv.GetString("User"));
        Assert.Equal("Name: Alder → Birch", csv.GetString("Changes"));
        Assert.False(csv.Read());
    }
}
