using System.Net;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Surveys;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

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
        var surveyId = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var framework = await db.Frameworks.Include(f => f.Versions).SingleAsync(f => f.PackKey == "tlc-principles");
            var rows = Enumerable.Range(1, schools).Select(n => new School { SourceId = $"s{n}", Name = $"School {n:00}" }).ToList();
            var survey = new Survey
            {
                Id = Guid.CreateVersion7(),
                Name = "Climate",
                FrameworkId = framework.Id,
                FrameworkVersionId = framework.Versions[0].Id,
                OpensOn = new DateOnly(2025, 1, 1),
                ClosesOn = new DateOnly(2025, 2, 1),
                Status = SurveyStatus.Closed,
                CreatedBy = "test",
            };
            var items = Enumerable.Range(1, 3).Select(i => new SurveyItem
            {
                Id = Guid.NewGuid(),
                SurveyId = survey.Id,
                Position = i,
                IndicatorCode = $"C.{i}",
                StandardCode = "C",
                StandardName = "Climate",
                Text = $"Statement {i}",
            }).ToList();
            survey.Items.AddRange(items);
            var release = new SurveyRelease { Id = Guid.NewGuid(), SurveyId = survey.Id, Number = 1, ReleasedOn = new DateOnly(2025, 2, 1), Minimum = 5, Respondents = 6 * schools, Final = true };
            db.AddRange(rows);
            db.Add(survey);
            db.Add(release);
            foreach (var school in rows)
            {
                release.Cells.Add(new SurveyReleaseCell { SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, Respondents = 6 });
                db.AddRange(items.Select(i => new SurveyReleaseFigure { ReleaseId = release.Id, SchoolId = school.Id, RoleGroup = RoleGroups.Teachers, ItemId = i.Id, Count = 6, Sum = 24, Chose4 = 6 }));
            }
            await db.SaveChangesAsync();
            return survey.Id;
        });
        using var leader = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictLeader));
        var url = $"/Surveys/Results/{surveyId}";

        var page = WebUtility.HtmlDecode(await leader.GetPageAsync(url));
        var first = factory.Counter.For(url);
        Assert.Contains("4.00", await leader.GetPageAsync(url));
        var second = factory.Counter.For(url).Skip(first.Count).ToList();
        return (page, first, second);
    }
}
