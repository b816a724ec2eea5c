using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;

namespace Beacon.Tests.Features.Surveys;

/// <summary>
/// The district results page issues the same statements whatever the number of schools, and a
/// release, which never changes, is read from the database once: a second view reads none of its
/// cells or figures (the metro benchmark found the page at 6 s with 1,800 schools when every view
/// grouped every released figure).
/// </summary>
[Trait("Category", "Database")]
public class SurveyResultsQueryShapeTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    [Fact]
    public async Task DistrictResults_TwoDistrictSizes_SameStatementsAndSecondViewReadsNoReleaseRows()
    {
        var small = await ViewTwiceAsync(schools: 2);
        var large = await ViewTwiceAsync(schools: 14);

        Assert.Contains("School 01", small.Page);
        Assert.Contains("School 14", large.Page);
        // 14 schools × 6 teachers answered: the whole district's respondents are on the page.
        Assert.Contains(">84<", large.Page);
        Assert.Equal(small.First.Count, large.First.Count);
        Assert.Equal(small.Second.Count, large.Second.Count);
        var releaseReads = large.Second.Where(sql => sql.Contains("\"SurveyReleaseFigures\"", StringComparison.Ordinal) || sql.Contains("\"SurveyReleaseCells\"", StringComparison.Ordinal)).ToList();
        Assert.True(releaseReads.Count == 0, "the second view read the release again:\n" + string.Join("\n---\n", releaseReads));
        Assert.True(large.Second.Count < large.First.Count, $"{large.Second.Count} statements on the second view, {large.First.Count} on the first");
    }

    private async Task<(string Page, IReadOnlyList<string> First, IReadOnlyList<string> Second)> ViewTwiceAsync(int schools)
    {
        var district = await factory.CreateDistrictAsync();
        var surveyId = await ReleasedSurvey.SeedAsync(factory, district, schools);
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var url = $"/Surveys/Results/{surveyId}";

        var page = WebUtility.HtmlDecode(await leader.GetPageAsync(url));
        var first = factory.Counter.For(url);
        Assert.Contains("4.00", await leader.GetPageAsync(url));
        var second = factory.Counter.For(url).Skip(first.Count).ToList();
        return (page, first, second);
    }
}
