using Beacon.Web.Data;
using Beacon.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// The demo district's own plan: a mission, a vision and two goals whose measures read the demo's
/// imported results, and one signed-off review, so the plan pages, the board report and the public
/// page have something to show (without it the public page's plan list was empty).
/// </summary>
public sealed class DemoPlans(BeaconDbContext db) : IDemoContent
{
    public const string Title = "Riverside Strategic Plan";
    public const string Mission = "Every Riverside student reads, reasons and belongs.";

    public async Task AddAsync(DemoDistrict demo, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.Where(m => m.Code == "reading_proficiency" || m.Code == "attendance_rate")
            .ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var plan = new Plan
        {
            Id = Guid.CreateVersion7(),
            Title = Title,
            StartYear = 2025,
            Years = 3,
            Mission = Mission,
            Vision = "A district where every school improves year on year and families can see how.",
            CreatedAt = demo.Now,
        };
        var reading = Goal(plan, 1, "Raise reading proficiency in every school", "Reading proficiency", "%", measures.GetValueOrDefault("reading_proficiency"), 52, [55, 58, 61]);
        var attendance = Goal(plan, 2, "Keep students in school every day", "Attendance rate", "%", measures.GetValueOrDefault("attendance_rate"), 93, [94, 95, 95.5]);
        db.Plans.Add(plan);
        db.ProgressReviews.Add(new ProgressReview
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            Year = 2025,
            Quarter = 1,
            CreatedAt = demo.Now,
            CreatedBy = "Lee Director",
            SignedOffAt = demo.Now,
            SignedOffBy = "Lee Director",
            Goals =
            [
                new GoalReview { Id = Guid.CreateVersion7(), GoalId = reading.Id, Status = GoalStatus.OnTrack, Narrative = "Phonics screening is in place in every elementary school." },
                new GoalReview { Id = Guid.CreateVersion7(), GoalId = attendance.Id, Status = GoalStatus.AtRisk, Narrative = "Autumn absence rose in two middle schools." },
            ],
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static PlanGoal Goal(Plan plan, int position, string title, string measureName, string unit, Guid? metric, double baseline, double[] targets)
    {
        var goal = new PlanGoal { Id = Guid.CreateVersion7(), PlanId = plan.Id, Position = position, Title = title };
        var measure = new PlanMeasure
        {
            Id = Guid.CreateVersion7(),
            GoalId = goal.Id,
            Position = 1,
            Name = measureName,
            Unit = unit,
            MetricMeasureId = metric == Guid.Empty ? null : metric,
            Baseline = baseline,
            BaselineYear = plan.StartYear - 1,
        };
        measure.YearValues.AddRange(targets.Select((t, i) => new MeasureYear { Id = Guid.CreateVersion7(), PlanMeasureId = measure.Id, Year = plan.StartYear + i, Target = t }));
        goal.Measures.Add(measure);
        plan.Goals.Add(goal);
        return goal;
    }
}
