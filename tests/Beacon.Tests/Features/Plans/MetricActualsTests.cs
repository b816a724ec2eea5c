using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Schools;
using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Tests.Features.Plans;

[Trait("Category", "Database")]
public class MetricActualsTests(PlansFactory factory) : IClassFixture<PlansFactory>
{
    [Fact]
    public async Task SchoolPlanMeasure_LinkedToImportedMetric_TakesTheSchoolsValueAndFallsBackToEntered()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (alder, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary");
        var (birch, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Birch Elementary");
        var schoolPlan = await PlanData.SchoolPlanAsync(factory, district, districtPlan, alder);
        var measureId = await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var reading = new Measure { Code = "reading_proficiency", Name = "Reading proficiency (%)" };
            var y2025 = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 15), EndsOn = new DateOnly(2026, 6, 15) };
            db.AddRange(reading, y2025,
                new SchoolMetric { SchoolId = alder, SchoolYear = y2025, Measure = reading, Value = 61.5 },
                new SchoolMetric { SchoolId = birch, SchoolYear = y2025, Measure = reading, Value = 90 });
            var goal = new PlanGoal { PlanId = schoolPlan, Position = 1, Title = "Grade 3 reading", DistrictGoalId = db.PlanGoals.First(g => g.PlanId == districtPlan).Id };
            var measure = new PlanMeasure { Goal = goal, Name = "Reading proficiency", Unit = "%", MetricMeasure = reading, Baseline = 55 };
            measure.YearValues.Add(new MeasureYear { Year = 2025, Target = 60, EnteredActual = 10 });
            measure.YearValues.Add(new MeasureYear { Year = 2026, Target = 65, EnteredActual = 63 });
            db.AddRange(goal, measure);
            await db.SaveChangesAsync();
            return measure.Id;
        });

        var view = await ReadAsync(district, schoolPlan);
        var points = view.Goals.Single().Measures.Single(m => m.Id == measureId).Points;

        Assert.Equal((61.5, ActualSource.Imported, Standing.Met), (points[0].Actual, points[0].Source, points[0].Standing));
        Assert.Equal((63d, ActualSource.Entered, Standing.Improving), (points[1].Actual, points[1].Source, points[1].Standing));
        Assert.Equal((null, ActualSource.None, Standing.NoActual), (points[2].Actual, points[2].Source, points[2].Standing));

        var leader = await factory.CreateAccountAsync(district, Roles.DistrictLeader);
        using var client = await BrowserlessClient.SignedInAsync(factory, leader);
        var page = await client.GetPageAsync($"/Plans/Details/{schoolPlan}");
        Assert.Contains("61.5%", page);
        Assert.Contains("(imported)", page);
    }

    [Fact]
    public async Task DistrictPlanMeasure_LinkedToImportedMetric_IsTheEnrollmentWeightedAverageOfSchools()
    {
        var district = await factory.CreateDistrictAsync();
        var districtPlan = await PlanData.DistrictPlanAsync(factory, district, "Reading");
        var (alder, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Alder Elementary", enrollment: 999);
        var (birch, _) = await PlanData.SchoolWithStaffAsync(factory, district, "Birch Elementary", enrollment: null);
        await factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var enrollment = await db.Measures.SingleAsync(m => m.Code == Measure.EnrollmentCode);
            var reading = new Measure { Code = "reading_proficiency", Name = "Reading proficiency (%)" };
            var y2025 = new SchoolYear { Name = "2025-26", StartsOn = new DateOnly(2025, 8, 15), EndsOn = new DateOnly(2026, 6, 15) };
            var y2026 = new SchoolYear { Name = "2026-27", StartsOn = new DateOnly(2026, 8, 15), EndsOn = new DateOnly(2027, 6, 15) };
            db.AddRange(reading, y2025, y2026,
                // 2025-26: the year's imported enrollment weighs the schools (100 and 300), not the school record's 999.
                new SchoolMetric { SchoolId = alder, SchoolYear = y2025, Measure = reading, Value = 80 },
                new SchoolMetric { SchoolId = birch, SchoolYear = y2025, Measure = reading, Value = 40 },
                new SchoolMetric { SchoolId = alder, SchoolYear = y2025, Measure = enrollment, Value = 100 },
                new SchoolMetric { SchoolId = birch, SchoolYear = y2025, Measure = enrollment, Value = 300 },
                // 2026-27: Birch has no enrollment at all, so the schools count equally.
                new SchoolMetric { SchoolId = alder, SchoolYear = y2026, Measure = reading, Value = 70 },
                new SchoolMetric { SchoolId = birch, SchoolYear = y2026, Measure = reading, Value = 50 });
            var goal = await db.PlanGoals.SingleAsync(g => g.PlanId == districtPlan);
            db.PlanMeasures.Add(new PlanMeasure { GoalId = goal.Id, Name = "Reading proficiency", Unit = "%", MetricMeasure = reading });
            await db.SaveChangesAsync();
        });

        var measure = (await ReadAsync(district, districtPlan)).Goals.Single().Measures.Single();

        Assert.Equal(50, measure.Points[0].Actual!.Value, 9);
        Assert.Equal(60, measure.Points[1].Actual!.Value, 9);
        Assert.Equal(ActualSource.Imported, measure.Points[0].Source);
        Assert.Null(measure.Points[2].Actual);
        Assert.Equal(AggregationMethod.SimpleAverage, measure.Method);
    }

    private Task<PlanView> ReadAsync(TestDistrict district, Guid planId) =>
        factory.InScopeAsync(district.Id, async (sp, _) => (await sp.GetRequiredService<PlanReader>().ReadAsync(planId, ReviewChoice.Latest))!);
}
