using Beacon.Web.Data;
using Beacon.Web.Data.Seeding;
using Beacon.Web.Features.Mentoring.Matching;
using Beacon.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Mentoring;

/// <summary>
/// The demo district's mentoring: a running induction programme in which the demo teacher is mentored by an
/// experienced colleague at the same school (two sessions, a milestone met), and a peer-mentoring programme
/// still matching, with a pool of experienced teachers, so every mentoring page has something real to show.
/// </summary>
public sealed class DemoMentoring(BeaconDbContext db) : IDemoContent
{
    public const string InductionName = "New-teacher induction";
    public const string PeerName = "Peer mentoring";

    public async Task AddAsync(DemoDistrict demo, CancellationToken cancellationToken)
    {
        var teacherId = await db.Users.Where(u => u.Email == "teacher@riverside.example").Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
        var teacherSchool = await db.StaffAssignments.Where(a => a.StaffMemberId == teacherId).Select(a => (Guid?)a.SchoolId).FirstOrDefaultAsync(cancellationToken);
        if (teacherId is not { } menteeId || teacherSchool is not { } schoolId)
        {
            return;
        }
        var experienced = await db.StaffAssignments
            .Where(a => a.StaffMember!.Role == StaffRole.Teacher && a.StaffMemberId != menteeId && a.StaffMember.YearsOfExperience >= 8)
            .OrderByDescending(a => a.SchoolId == schoolId).ThenByDescending(a => a.StaffMember!.YearsOfExperience).ThenBy(a => a.StaffMemberId)
            .Select(a => a.StaffMemberId).Distinct().Take(6).ToListAsync(cancellationToken);
        if (experienced.Count == 0)
        {
            return;
        }
        var today = DateOnly.FromDateTime(demo.Now.UtcDateTime);
        var start = today.AddDays(-40);
        var induction = Programme(InductionName, ProgrammeKind.Induction, start);
        induction.Status = ProgrammeStatus.Running;
        db.MentoringProgrammes.Add(induction);
        db.MentorPoolEntries.Add(new MentorPoolEntry { ProgrammeId = induction.Id, StaffMemberId = experienced[0], Capacity = 2, TrainingCompleted = true, Confirmed = true });
        var (steps, _) = MilestonePlan.Parse(induction.Milestones);
        var pairing = new Pairing
        {
            ProgrammeId = induction.Id,
            MenteeId = menteeId,
            MentorId = experienced[0],
            SchoolId = schoolId,
            FitPoints = 40,
            FitExplanation = "same grade band +20; more years of experience +10; same school +10",
            StartedOn = start,
            Goals = "Settle routines in the first term; plan one formative check in every lesson.",
            MilestoneList = steps.Select(s => new PairingMilestone { Name = s.Name, DueOn = MilestoneRules.AddSchoolDays(start, s.Days), MetOn = s.Days <= 10 ? start.AddDays(9) : null }).ToList(),
            Sessions =
            [
                new MentoringSession { Date = start.AddDays(9), Minutes = 60, Focus = "Classroom management", PrivateNotes = "Agreed entry routine; try it for two weeks.", PrivateNextSteps = "Observe period 2 next week." },
                new MentoringSession { Date = start.AddDays(23), Minutes = 45, Focus = "Observation feedback", PrivateNotes = "Routine working; transitions still slow.", PrivateNextSteps = "Plan a timed transition." },
            ],
        };
        db.Pairings.Add(pairing);

        var peer = Programme(PeerName, ProgrammeKind.PeerMentoring, today.AddDays(14));
        peer.MenteeMaxYears = 3;
        db.MentoringProgrammes.Add(peer);
        foreach (var (mentorId, i) in experienced.Select((id, i) => (id, i)))
        {
            db.MentorPoolEntries.Add(new MentorPoolEntry { ProgrammeId = peer.Id, StaffMemberId = mentorId, Capacity = 2, TrainingCompleted = i % 2 == 0, Nominated = i % 3 == 0, Confirmed = i != experienced.Count - 1 || experienced.Count == 1 });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static MentoringProgramme Programme(string name, ProgrammeKind kind, DateOnly start) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        Kind = kind,
        MenteeRole = MentoringRole.Teacher,
        MenteeMaxYears = 1,
        MentorMinYears = 5,
        DefaultCapacity = 2,
        RequiredHours = 20,
        FocusAreas = "Classroom management\nPlanning\nAssessment\nObservation feedback",
        Milestones = MilestonePlan.Default(kind),
        StartsOn = start,
    };
}
