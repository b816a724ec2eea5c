using Beacon.Web.Data;
using Beacon.Web.Data.Seeding;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Research;

/// <summary>
/// The demo district's action research: a published project by two teachers of different schools (the demo teacher
/// one of them) tied to a framework indicator and a plan goal, with the demo principal's comment as reviewer; and the demo teacher's own
/// project in progress, so the library and a draft both have something real to show.
/// </summary>
public sealed class DemoResearch(BeaconDbContext db) : IDemoContent
{
    public const string PublishedTitle = "Exit tickets and next-day regrouping in Year 7 maths";
    public const string DraftTitle = "Does wait time change who answers?";

    public async Task AddAsync(DemoDistrict demo, CancellationToken cancellationToken)
    {
        var teacher = await db.Users.Where(u => u.Email == "teacher@riverside.example").Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
        if (teacher is not { } teacherId)
        {
            return;
        }
        var teacherSchool = await db.StaffAssignments.Where(a => a.StaffMemberId == teacherId).Select(a => (Guid?)a.SchoolId).FirstOrDefaultAsync(cancellationToken);
        var colleague = await db.StaffAssignments
            .Where(a => a.StaffMember!.Role == StaffRole.Teacher && a.StaffMemberId != teacherId && a.SchoolId != teacherSchool)
            .OrderBy(a => a.StaffMemberId).Select(a => new { a.StaffMemberId, a.SchoolId }).FirstOrDefaultAsync(cancellationToken);
        // The demo principal reviews, so signing in as them shows the reviewer's side.
        var reviewer = await db.Users.Where(u => u.Email == "principal@riverside.example").Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
        var indicator = await db.Indicators.Where(i => db.Frameworks.Any(f => f.CurrentVersionId == i.FrameworkVersionId))
            .OrderBy(i => i.Code).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
        var goal = await db.PlanGoals.OrderBy(g => g.Position).Select(g => (Guid?)g.Id).FirstOrDefaultAsync(cancellationToken);
        var today = DateOnly.FromDateTime(demo.Now.UtcDateTime);

        var published = new ResearchProject
        {
            Title = PublishedTitle,
            Question = "If pupils who miss an exit-ticket question are regrouped the next morning, do more of them master the unit?",
            Context = "Two Year 7 maths classes at two schools, one term, the fractions and ratio units.",
            Method = "A three-question exit ticket at the end of every lesson; the next lesson opened with ten minutes in groups by the question missed.",
            Data = "Exit tickets (1,140), unit test results against last year's cohort, and a short pupil survey.",
            Findings = "Unit mastery rose from 61% to 74%; the gain was largest for pupils who had started below the class median.",
            Implications = "Regrouping costs ten minutes a lesson and pays for itself when the exit ticket asks for the one idea the next lesson builds on.",
            Subject = "Mathematics",
            GradeBand = Schools.GradeBand.Middle,
            Stage = ResearchStage.Published,
            PublishedOn = today.AddDays(-20),
        };
        published.Members.Add(new ResearchMember { StaffMemberId = teacherId, Role = ResearchRole.Author, SchoolId = teacherSchool });
        if (colleague is not null)
        {
            published.Members.Add(new ResearchMember { StaffMemberId = colleague.StaffMemberId, Role = ResearchRole.Author, SchoolId = colleague.SchoolId });
        }
        if (indicator is { } indicatorId)
        {
            published.Indicators.Add(new ResearchIndicator { IndicatorId = indicatorId });
        }
        if (goal is { } goalId)
        {
            published.Goals.Add(new ResearchGoal { PlanGoalId = goalId });
        }
        var draft = new ResearchProject
        {
            Title = DraftTitle,
            Question = "When I wait three seconds after a question, do pupils who rarely answer start to?",
            Context = "My Year 8 science class, where the same six pupils answer most questions.",
            Subject = "Science",
            GradeBand = Schools.GradeBand.Middle,
            Stage = ResearchStage.InProgress,
        };
        draft.Members.Add(new ResearchMember { StaffMemberId = teacherId, Role = ResearchRole.Author, SchoolId = teacherSchool });
        if (reviewer is { } reviewerId && reviewerId != teacherId && reviewerId != colleague?.StaffMemberId)
        {
            published.Members.Add(new ResearchMember { StaffMemberId = reviewerId, Role = ResearchRole.Reviewer });
            draft.Members.Add(new ResearchMember { StaffMemberId = reviewerId, Role = ResearchRole.Reviewer });
        }
        db.ResearchProjects.AddRange(published, draft);
        await db.SaveChangesAsync(cancellationToken);
        if (reviewer is { } commenter && published.Members.Any(m => m.StaffMemberId == commenter && m.Role == ResearchRole.Reviewer))
        {
            db.ResearchComments.Add(new ResearchComment { ProjectId = published.Id, StaffMemberId = commenter, Text = "Clear method; say how the groups were formed so others can copy it." });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
