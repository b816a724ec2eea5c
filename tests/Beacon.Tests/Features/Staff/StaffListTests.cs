using System.Net;
using Beacon.Tests.Features.Schools;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Staff;
using Beacon.Web.Identity;
using CsvHelper;

namespace Beacon.Tests.Features.Staff;

[Trait("Category", "Database")]
public class StaffListTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private static StaffMember Member(string given, string family, StaffRole role, EffectivenessRating? rating, params Beacon.Web.Features.Schools.School[] schools)
    {
        var member = ListData.Staff(given, family, schools);
        member.Role = role;
        member.Effectiveness = rating;
        member.StaffNumber = $"E-{family}";
        return member;
    }

    private async Task<(TestDistrict District, BrowserlessClient Client, Beacon.Web.Features.Schools.School Alder, Beacon.Web.Features.Schools.School Birch)> ArrangeAsync(string role = Roles.DistrictLeader)
    {
        var district = await factory.CreateDistrictAsync();
        var alder = ListData.School("Alder Elementary");
        var birch = ListData.School("Birch Middle");
        await factory.SaveAsync(district, alder, birch,
            Member("Ana", "Lopez", StaffRole.Teacher, EffectivenessRating.Effective, alder),
            Member("Wei", "Chen", StaffRole.Coach, EffectivenessRating.HighlyEffective, alder, birch),
            Member("Zoe", "Adams", StaffRole.Teacher, EffectivenessRating.Ineffective, birch),
            Member("Omar", "Haddad", StaffRole.Aide, null, birch),
            Member("Mei", "Xu", StaffRole.Teacher, EffectivenessRating.Developing, alder));
        var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role));
        return (district, client, alder, birch);
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.SchoolLeader)]
    public async Task Ratings_NotDistrictLeadership_NeverShownSortedOrExported(string role)
    {
        var (district, client, _, _) = await ArrangeAsync(role);
        using var _client = client;
        var chen = await factory.InScopeAsync(district.Id, (_, db) => Task.FromResult(db.StaffMembers.Single(s => s.FamilyName == "Chen").Id));

        var list = await client.GetPageAsync("/Staff?sort=-effectiveness");
        var details = await client.GetPageAsync($"/Staff/{chen}");

        Assert.DoesNotContain("Effective", PageText.Of(list));
        Assert.Equal("Adams, Zoe", PageText.FirstColumn(list)[0]);
        Assert.DoesNotContain("Highly effective", PageText.Of(details));
        await AccessAssert.ForbiddenAsync(client, "/Staff?handler=Export&format=csv&sort=-effectiveness");
    }

    [Fact]
    public async Task Index_MoreSchoolsThanAFilterLists_SchoolFilterIsASearchByName()
    {
        var (district, client, _, _) = await ArrangeAsync();
        using var _client = client;
        var before = await client.GetPageAsync("/Staff");
        await factory.SaveAsync(district, Enumerable.Range(1, Beacon.Web.Data.Limits.SchoolChoices).Select(i => (object)ListData.School($"Zinnia School {i:000}")).ToArray());

        var page = await client.GetPageAsync("/Staff");
        var birchOnly = await client.GetPageAsync("/Staff?schoolq=birch");

        Assert.Contains("<select id=\"school\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("<select id=\"school\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Zinnia School", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"search\" id=\"schoolq\"", page, StringComparison.Ordinal);
        Assert.Equal(["Adams, Zoe", "Chen, Wei", "Haddad, Omar"], PageText.FirstColumn(birchOnly));
        Assert.Contains("value=\"birch\"", birchOnly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_NoFilters_AllStaffByFamilyNameWithTheirSchools()
    {
        var (_, client, _, _) = await ArrangeAsync();
        using var _client = client;

        var page = await client.GetPageAsync("/Staff");

        Assert.Equal(["Adams, Zoe", "Chen, Wei", "Haddad, Omar", "Lopez, Ana", "Xu, Mei"], PageText.FirstColumn(page));
        Assert.Contains("Chen, Wei Coach Alder Elementary, Birch Middle", PageText.Of(page));
        Assert.Contains("Showing 1–5 of 5", PageText.Of(page));
    }

    [Theory]
    [InlineData("lop", "Lopez, Ana")]
    [InlineData("wei chen", "Chen, Wei")]
    [InlineData("zoe.adams@", "Adams, Zoe")]
    [InlineData("e-haddad", "Haddad, Omar")]
    public async Task Index_Search_ByNameEmailOrStaffNumber(string q, string expected)
    {
        var (_, client, _, _) = await ArrangeAsync();
        using var _client = client;

        var page = await client.GetPageAsync($"/Staff?q={Uri.EscapeDataString(q)}");

        Assert.Equal([expected], PageText.FirstColumn(page));
    }

    [Fact]
    public async Task Index_FilterBySchoolAndRole_OnlyThoseStaffAndFilterKeptInSelects()
    {
        var (_, client, _, birch) = await ArrangeAsync();
        using var _client = client;

        var bySchool = await client.GetPageAsync($"/Staff?school={birch.Id}");
        var bySchoolAndRole = await client.GetPageAsync($"/Staff?school={birch.Id}&role=Teacher");

        Assert.Equal(["Adams, Zoe", "Chen, Wei", "Haddad, Omar"], PageText.FirstColumn(bySchool));
        Assert.Equal(["Adams, Zoe"], PageText.FirstColumn(bySchoolAndRole));
        Assert.Contains($"<option value=\"{birch.Id}\" selected=\"selected\">Birch Middle</option>", bySchoolAndRole);
        Assert.Contains("<option value=\"Teacher\" selected=\"selected\">Teacher</option>", bySchoolAndRole);
        Assert.Contains($"href=\"/Staff?school={birch.Id}&amp;role=Teacher&amp;handler=Export&amp;format=csv\"", bySchoolAndRole);
    }

    [Fact]
    public async Task Index_SortByEffectiveness_RanksByMeaningNotAlphabet()
    {
        var (_, client, _, _) = await ArrangeAsync();
        using var _client = client;

        var ascending = await client.GetPageAsync("/Staff?sort=effectiveness");
        var descending = await client.GetPageAsync("/Staff?sort=-effectiveness");

        Assert.Equal(["Haddad, Omar", "Adams, Zoe", "Xu, Mei", "Lopez, Ana", "Chen, Wei"], PageText.FirstColumn(ascending));
        Assert.Equal("Chen, Wei", PageText.FirstColumn(descending)[0]);
    }

    [Fact]
    public async Task Index_NothingMatches_SaysSoWithAWayBack()
    {
        var (_, client, _, _) = await ArrangeAsync();
        using var _client = client;

        var page = PageText.Of(await client.GetPageAsync("/Staff?q=nobody&role=Counselor"));

        Assert.Contains("No staff match ‘nobody’ with these filters", page);
    }

    [Fact]
    public async Task Index_SecondPage_ShowsRemainingStaff()
    {
        var district = await factory.CreateDistrictAsync();
        await factory.SaveAsync(district, Enumerable.Range(1, 55).Select(i => (object)ListData.Staff("Given", $"Family{i:00}")).ToArray());
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.Teacher));

        var page = await client.GetPageAsync("/Staff?page=2");

        Assert.Equal(Enumerable.Range(51, 5).Select(i => $"Family{i:00}, Given"), PageText.FirstColumn(page));
        Assert.Contains("Showing 51–55 of 55", PageText.Of(page));
    }

    [Fact]
    public async Task Export_CsvWithSchoolFilter_ExactlyTheFilteredStaffAndFormulaNeutralised()
    {
        var district = await factory.CreateDistrictAsync();
        var alder = ListData.School("Alder Elementary");
        var birch = ListData.School("Birch Middle");
        await factory.SaveAsync(district, alder, birch,
            ListData.Staff("=1+2", "Baker", alder),
            ListData.Staff("Ana", "Lopez", alder, birch),
            ListData.Staff("Zoe", "Adams", birch));
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.HumanResources));

        var response = await client.GetAsync($"/Staff?school={alder.Id}&handler=Export&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var csv = CsvReader.Create(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), new CsvReaderOptions { HasHeader = true });
        var rows = new List<(string Family, string Given, string Schools)>();
        while (csv.Read())
        {
            rows.Add((csv.GetString("Family name"), csv.GetString("Given name"), csv.GetString("Schools")));
        }
        Assert.Equal([("Baker", "'=1+2", "Alder Elementary"), ("Lopez", "Ana", "Alder Elementary; Birch Middle")], rows);
    }

    [Fact]
    public async Task Details_Member_ShowsFactsAndAssignments()
    {
        var (district, client, alder, birch) = await ArrangeAsync();
        using var _client = client;
        var chen = await factory.InScopeAsync(district.Id, (_, db) =>
            Task.FromResult(db.StaffMembers.Single(s => s.FamilyName == "Chen").Id));

        var page = await client.GetPageAsync($"/Staff/{chen}");

        Assert.Contains("Wei Chen", PageText.Of(page));
        Assert.Contains("Highly effective", PageText.Of(page));
        Assert.Contains($"href=\"/Schools/{alder.Id}\"", page);
        Assert.Contains($"href=\"/Schools/{birch.Id}\"", page);
        Assert.Contains("Total 2", PageText.Of(page));
    }

    [Fact]
    public async Task AnotherDistrict_StaffNeverListedAndDetailsNotFound()
    {
        var other = await factory.CreateDistrictAsync();
        var theirSchool = ListData.School("Hidden Valley High");
        var theirs = ListData.Staff("Secret", "Person", theirSchool);
        await factory.SaveAsync(other, theirSchool, theirs);
        var (_, client, _, _) = await ArrangeAsync();
        using var _client = client;

        var list = await client.GetPageAsync("/Staff?q=secret");
        var filtered = await client.GetPageAsync($"/Staff?school={theirSchool.Id}");
        var export = await client.Http.GetStringAsync("/Staff?handler=Export&format=csv", TestContext.Current.CancellationToken);
        var details = await client.GetAsync($"/Staff/{theirs.Id}");

        Assert.DoesNotContain("Secret", list);
        Assert.DoesNotContain("Hidden Valley", list);
        Assert.DoesNotContain("Secret", filtered);
        Assert.DoesNotContain("Secret", export);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
    }
}
