using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Schools;
using Beacon.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Tests.Features.Surveys;

/// <summary>A closed three-item survey released over <c>schools</c> schools ("School 01"…), six teachers each, all agreeing (4).</summary>
internal static class ReleasedSurvey
{
    public static Task<Guid> SeedAsync(BeaconFactory factory, TestDistrict district, int schools)
    {
        return factory.InScopeAsync(district.Id, async (_, db) =>
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
    }
}
