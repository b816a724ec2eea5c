using Beacon.Web.Data;
using Beacon.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Learning;

/// <summary>
/// The demo district's catalog: a free workshop the coach facilitates (the teacher enrolled and attended
/// its first session, so the record and a certificate have something in them) and a paid conference the
/// teacher asked for, waiting for the principal.
/// </summary>
public sealed class DemoLearning(BeaconDbContext db) : IDemoContent
{
    public const string WorkshopTitle = "Formative assessment in mathematics";

    public async Task AddAsync(DemoDistrict demo, CancellationToken cancellationToken)
    {
        var people = await db.Users.Where(u => u.Email == "coach@riverside.example" || u.Email == "teacher@riverside.example")
            .ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName), cancellationToken);
        var types = await db.CreditTypes.ToListAsync(cancellationToken);
        if (!people.TryGetValue("coach@riverside.example", out var coach) || !people.TryGetValue("teacher@riverside.example", out var teacher) || types.Count == 0)
        {
            return;
        }
        var now = demo.Now;
        var workshop = new Offering
        {
            Id = Guid.CreateVersion7(),
            Title = WorkshopTitle,
            Description = "Exit questions, mini-whiteboards and hinge questions: checking understanding during the lesson and adjusting on the spot.",
            Kind = OfferingKind.Workshop,
            Status = OfferingStatus.Published,
            Audience = "Grade 3–8 mathematics teachers and coaches",
            FacilitatorUserId = coach.Id,
            FacilitatorName = coach.DisplayName,
            CreatedAt = now,
        };
        var past = new LearningSession { Id = Guid.CreateVersion7(), StartsAt = now.AddDays(-14), Minutes = 180, TimeZoneId = "America/Chicago", Place = "Riverside district office, room 2", Capacity = 25, CheckInCode = LearningCodes.NewCheckInCode() };
        var next = new LearningSession { Id = Guid.CreateVersion7(), StartsAt = now.AddDays(14), Minutes = 180, TimeZoneId = "America/Chicago", Place = "Riverside district office, room 2", Capacity = 25, CheckInCode = LearningCodes.NewCheckInCode() };
        workshop.Sessions.AddRange([past, next]);
        workshop.Credits.AddRange(types.Select(t => new OfferingCredit { CreditTypeId = t.Id, Amount = t.Name == "Clock hours" ? 6 : 0.6m }));
        var conference = new Offering
        {
            Id = Guid.CreateVersion7(),
            Title = "State literacy conference",
            Kind = OfferingKind.Conference,
            Status = OfferingStatus.Published,
            Audience = "Literacy leads",
            Cost = 250,
            OffSite = true,
            CreatedAt = now,
        };
        conference.Sessions.Add(new LearningSession { Id = Guid.CreateVersion7(), StartsAt = now.AddDays(40), Minutes = 420, TimeZoneId = "America/Chicago", Place = "State convention centre", Capacity = 4, CheckInCode = LearningCodes.NewCheckInCode() });
        conference.Credits.AddRange(types.Select(t => new OfferingCredit { CreditTypeId = t.Id, Amount = t.Name == "Clock hours" ? 7 : 0.7m }));
        db.Offerings.AddRange(workshop, conference);
        var enrolled = new Registration { Id = Guid.CreateVersion7(), OfferingId = workshop.Id, UserId = teacher.Id, DisplayName = teacher.DisplayName, SchoolId = demo.PrincipalSchoolId, Status = RegistrationStatus.Enrolled, RequestedAt = now.AddDays(-20), DecidedAt = now.AddDays(-19) };
        db.Registrations.AddRange(enrolled, new Registration
        {
            OfferingId = conference.Id,
            UserId = teacher.Id,
            DisplayName = teacher.DisplayName,
            SchoolId = demo.PrincipalSchoolId,
            Status = RegistrationStatus.Requested,
            AwaitingStep = demo.PrincipalSchoolId is null ? ApprovalStep.Office : ApprovalStep.Principal,
            RequestedAt = now.AddDays(-1),
        });
        db.SessionAttendance.Add(new SessionAttendance { SessionId = past.Id, RegistrationId = enrolled.Id, Minutes = 150, Method = AttendanceMethod.Roster, RecordedAt = past.StartsAt.AddMinutes(180) });
        await db.SaveChangesAsync(cancellationToken);
    }
}
