using Beacon.Web.Data;
using Beacon.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities;

/// <summary>One teacher learning community for the demo district: the coach facilitates, the teacher and principal are members with a plan each.</summary>
public sealed class DemoCommunities(BeaconDbContext db) : IDemoContent
{
    public const string Name = "Riverside formative assessment TLC";

    public async Task AddAsync(DemoDistrict demo, CancellationToken cancellationToken)
    {
        var (schoolId, now) = (demo.PrincipalSchoolId, demo.Now);
        var people = await db.Users.Where(u => u.Email == "coach@riverside.example" || u.Email == "teacher@riverside.example" || u.Email == "principal@riverside.example")
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var community = new Community
        {
            Id = Guid.CreateVersion7(),
            Name = Name,
            Kind = CommunityKind.TeacherLearningCommunity,
            SchoolId = schoolId,
            Focus = "Checking students' understanding during lessons and adjusting teaching on the spot.",
            CreatedAt = now,
            Frequency = MeetingFrequency.Monthly,
            MeetingDay = DayOfWeek.Tuesday,
            WeekOfMonth = 2,
            StartTime = new TimeOnly(16, 0),
            // The TLC agenda takes 105 minutes; the slot leaves room for it.
            DurationMinutes = 120,
            FirstMeetingOn = new DateOnly(today.Month >= 8 ? today.Year : today.Year - 1, 9, 1),
            TimeZoneId = "America/Chicago",
        };
        foreach (var person in people.OrderBy(p => p.DisplayName))
        {
            var facilitates = person.Email == "coach@riverside.example";
            community.Members.Add(new CommunityMember
            {
                Id = Guid.CreateVersion7(),
                UserId = person.Id,
                DisplayName = person.DisplayName,
                Email = person.Email,
                Role = facilitates ? MemberRole.Facilitator : MemberRole.Member,
                JoinedAt = now,
                TrainedOn = facilitates ? today.AddMonths(-3) : null,
                Training = facilitates ? "District TLC facilitator course" : null,
            });
        }
        db.Communities.Add(community);
        foreach (var (email, key, status) in new[]
                 {
                     ("teacher@riverside.example", "exit-questions", TechniqueStatus.Trying),
                     ("teacher@riverside.example", "wait-time", TechniqueStatus.Planned),
                     ("principal@riverside.example", "random-responders", TechniqueStatus.Trying),
                 })
        {
            var member = community.Members.FirstOrDefault(m => m.Email == email);
            var technique = TechniqueLibrary.Find(key)!;
            if (member is not null)
            {
                db.ActionPlanItems.Add(new ActionPlanItem
                {
                    MemberId = member.Id,
                    TechniqueKey = key,
                    TechniqueName = technique.Name,
                    Status = status,
                    AddedAt = now,
                    UpdatedAt = now,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
