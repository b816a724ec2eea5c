using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Schools;

[Trait("Category", "Database")]
public class SchoolListTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private async Task<BrowserlessClient> SignedInToNewDistrictAsync(Func<TestDistrict, Task> arrange, string role = Roles.Teacher)
    {
        var district = await factory.CreateDistrictAsync();
        await arrange(district);
        return await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, role));
    }

    private Task<BrowserlessClient> WithSixtySchoolsAsync() =>
        SignedInToNewDistrictAsync(d => factory.SaveAsync(d,
            Enumerable.Range(1, 60).Select(i => (object)ListData.School($"School {i:00}", enrollment: i * 10)).ToArray()));

    [Fact]
    public async Task Index_SecondPage_ShowsNextFiftyByNameAndTheTotal()
    {
        using var client = await WithSixtySchoolsAsync();

        var page = await client.GetPageAsync("/Schools?page=2");

        Assert.Equal(Enumerable.Range(51, 10).Select(i => $"School {i:00}"), PageText.FirstColumn(page));
        Assert.Contains("Showing 51–60 of 60", PageText.Of(page));
        Assert.Contains("<a href=\"/Schools\" rel=\"prev\">Previous", page);
        Assert.Contains("aria-current=\"true\"><span class=\"visually-hidden\">Page </span>2", page);
    }

    [Fact]
    public async Task Index_PagePastTheEnd_ShowsLastPage()
    {
        using var client = await WithSixtySchoolsAsync();

        var page = await client.GetPageAsync("/Schools?page=99");

        Assert.Equal("School 51", PageText.FirstColumn(page)[0]);
    }

    [Fact]
    public async Task Index_SortedByEnrollmentDescending_LargestFirstAndHeaderSaysSo()
    {
        using var client = await WithSixtySchoolsAsync();

        var page = await client.GetPageAsync("/Schools?sort=-enrollment");

        Assert.Equal(["School 60", "School 59", "School 58"], PageText.FirstColumn(page).Take(3));
        Assert.Matches("<th[^>]*aria-sort=\"descending\"[^>]*><a href=\"/Schools\\?sort=enrollment\">Enrollment</a>", page);
        Assert.DoesNotContain("aria-sort=\"ascending\"", page);
    }

    [Fact]
    public async Task Index_UnknownSortColumn_FallsBackToName()
    {
        using var client = await WithSixtySchoolsAsync();

        var page = await client.GetPageAsync("/Schools?sort=-SourceId");

        Assert.Equal("School 01", PageText.FirstColumn(page)[0]);
    }

    [Fact]
    public async Task Index_SearchByNameOrCode_OnlyMatchingSchools()
    {
        using var client = await SignedInToNewDistrictAsync(d => factory.SaveAsync(d,
            ListData.School("Oakridge Elementary"),
            ListData.School("Cedar Oaks Middle"),
            ListData.School("Birch High", localCode: "OAK-9"),
            ListData.School("Maple Elementary", localCode: "M-1")));

        var byName = await client.GetPageAsync("/Schools?q=oak");
        var byCode = await client.GetPageAsync("/Schools?q=m-1");

        Assert.Equal(["Birch High", "Cedar Oaks Middle", "Oakridge Elementary"], PageText.FirstColumn(byName));
        Assert.Equal(["Maple Elementary"], PageText.FirstColumn(byCode));
    }

    [Fact]
    public async Task Index_StaffColumn_CountsAssignmentsInTheDatabase()
    {
        var alder = ListData.School("Alder Elementary");
        var birch = ListData.School("Birch Middle");
        using var client = await SignedInToNewDistrictAsync(d => factory.SaveAsync(d,
            alder, birch,
            ListData.Staff("Ana", "Lopez", alder),
            ListData.Staff("Wei", "Chen", alder, birch),
            ListData.Staff("Zoe", "Adams", alder)));

        var page = await client.GetPageAsync("/Schools?sort=-staff");

        Assert.Matches("Alder Elementary</a></td>.*?<td class=\"num\">3</td>\\s*</tr>", Single(page));
        Assert.Matches("Birch Middle</a></td>.*?<td class=\"num\">1</td>\\s*</tr>", Single(page));
    }

    [Fact]
    public async Task Index_NoSchools_EmptyStateSaysWhoCanImport()
    {
        using var client = await SignedInToNewDistrictAsync(_ => Task.CompletedTask, Roles.DistrictAdministrator);

        var page = await client.GetPageAsync("/Schools");

        Assert.Contains("No schools yet — a district administrator can import them", PageText.Of(page));
        Assert.Contains("href=\"/Imports\"", page);
        Assert.DoesNotContain("<table", page);
    }

    [Fact]
    public async Task Index_SearchWithoutMatches_SaysNothingMatches()
    {
        using var client = await SignedInToNewDistrictAsync(d => factory.SaveAsync(d, ListData.School("Alder Elementary")));

        var page = await client.GetPageAsync("/Schools?q=xyz");

        Assert.Contains("No schools match ‘xyz’", PageText.Of(page));
    }

    [Fact]
    public async Task Index_OtherDistrictsSchools_NeverListed()
    {
        var other = await factory.CreateDistrictAsync();
        await factory.SaveAsync(other, ListData.School("Hidden Valley High"));
        using var client = await SignedInToNewDistrictAsync(d => factory.SaveAsync(d, ListData.School("Alder Elementary")));

        var all = await client.GetPageAsync("/Schools");
        var searched = await client.GetPageAsync("/Schools?q=hidden");

        Assert.Equal(["Alder Elementary"], PageText.FirstColumn(all));
        Assert.DoesNotContain("Hidden Valley", all);
        Assert.DoesNotContain("Hidden Valley", searched);
    }

    [Fact]
    public async Task Index_Anonymous_RedirectedToSignIn()
    {
        using var client = BrowserlessClient.For(factory);

        var response = await client.GetAsync("/Schools");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }

    private static string Single(string html) => html.Replace("\n", " ").Replace("\r", " ");
}
