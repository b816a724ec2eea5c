using System.Net;
using System.Text;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// The district results page lists its schools fifty at a time and finds one by name, so a metro
/// district's 1,800 rows are not drawn on every view; the download still has every school.
/// </summary>
[Trait("Category", "Database")]
public class SurveyResultsPagingTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    [Fact]
    public async Task DistrictResults_SixtySchools_PagedByNameSearchableAndExportHasAll()
    {
        var district = await factory.CreateDistrictAsync();
        var surveyId = await ReleasedSurvey.SeedAsync(factory, district, schools: 60);
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var url = $"/Surveys/Results/{surveyId}";

        var first = WebUtility.HtmlDecode(await leader.GetPageAsync(url));
        Assert.Contains(">School 50<", first);
        Assert.DoesNotContain(">School 51<", first);
        Assert.Contains("Showing 1–50 of 60 schools", first);
        // The whole district's respondents stay on every page: 60 schools × 6 teachers.
        Assert.Contains(">360<", first);

        var second = WebUtility.HtmlDecode(await leader.GetPageAsync(url + "?page=2"));
        Assert.Contains(">School 51<", second);
        Assert.Contains(">School 60<", second);
        Assert.DoesNotContain(">School 50<", second);
        Assert.Contains(">360<", second);

        var found = WebUtility.HtmlDecode(await leader.GetPageAsync(url + "?q=school+07"));
        Assert.Contains(">School 07<", found);
        Assert.DoesNotContain(">School 08<", found);
        Assert.Contains("Showing 1–1 of 1 schools named like “school 07”", found);

        var none = WebUtility.HtmlDecode(await leader.GetPageAsync(url + "?q=nowhere"));
        Assert.Contains("Showing 0–0 of 0 schools named like “nowhere”", none);

        var export = await leader.GetAsync(url + "?handler=Export&format=csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var csv = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(60, csv.Split("\r\n").Count(l => l.StartsWith("School,School ", StringComparison.Ordinal)));
    }
}
