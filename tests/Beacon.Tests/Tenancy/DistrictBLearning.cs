using Beacon.Web.Features.Learning;
using Beacon.Web.Features.Learning.External;
using Beacon.Web.Features.Plans;
using Beacon.Web.Features.Schools;

namespace Beacon.Tests.Tenancy;

/// <summary>District B's professional learning: an offering with a session, credit and goal, a registration with attendance and a certificate, learning elsewhere with its credit, and a session reminder.</summary>
public static class DistrictBLearning
{
    public static (object[] Records, Dictionary<string, string> Ids) Records(School school, PlanGoal goal, string userId, Guid districtId, string marker)
    {
        var type = new CreditType { Id = Guid.CreateVersion7(), Name = $"{marker} credit" };
        var settings = new LearningSettings { Id = Guid.CreateVersion7(), PrincipalApproves = true, OfficeApproves = OfficeApproval.Always };
        var offering = new Offering
        {
            Id = Guid.CreateVersion7(),
            Title = $"{marker} workshop",
            Description = marker,
            Audience = marker,
            Status = OfferingStatus.Published,
            SchoolId = school.Id,
            FacilitatorUserId = userId,
            FacilitatorName = marker,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var session = new LearningSession { Id = Guid.CreateVersion7(), OfferingId = offering.Id, StartsAt = DateTimeOffset.UtcNow, Minutes = 60, Place = $"{marker} hall", Capacity = 10, CheckInCode = "ZZZZZZ" };
        var credit = new OfferingCredit { Id = Guid.CreateVersion7(), OfferingId = offering.Id, CreditTypeId = type.Id, Amount = 1 };
        var tag = new OfferingGoal { Id = Guid.CreateVersion7(), OfferingId = offering.Id, GoalId = goal.Id };
        var registration = new Registration
        {
            Id = Guid.CreateVersion7(),
            OfferingId = offering.Id,
            UserId = userId,
            DisplayName = $"{marker} person",
            SchoolId = school.Id,
            Status = RegistrationStatus.Requested,
            AwaitingStep = ApprovalStep.Office,
            RequestedAt = DateTimeOffset.UtcNow,
            Note = marker,
        };
        var attendance = new SessionAttendance { Id = Guid.CreateVersion7(), SessionId = session.Id, RegistrationId = registration.Id, Minutes = 30, RecordedAt = DateTimeOffset.UtcNow };
        var certificate = new Certificate
        {
            Id = Guid.CreateVersion7(),
            RegistrationId = registration.Id,
            Code = LearningCodes.NewCertificateCode(districtId),
            PersonName = $"{marker} person",
            OfferingTitle = $"{marker} workshop",
            CompletedOn = new DateOnly(2025, 10, 1),
            Credits = $"1 {marker} credit",
            IssuedAt = DateTimeOffset.UtcNow,
        };
        var external = new ExternalLearning
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            DisplayName = $"{marker} person",
            Title = $"{marker} institute",
            Provider = marker,
            CompletedOn = new DateOnly(2025, 9, 1),
            FileName = $"{marker}.pdf",
            ContentType = "application/pdf",
            Content = "%PDF-1.4"u8.ToArray(),
            Size = 8,
            Status = ExternalStatus.Submitted,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var externalCredit = new ExternalCredit { Id = Guid.CreateVersion7(), ExternalLearningId = external.Id, CreditTypeId = type.Id, Amount = 2 };
        var reminder = new SessionReminder { Id = Guid.CreateVersion7(), SessionId = session.Id, RegistrationId = registration.Id, SentAt = DateTimeOffset.UtcNow };
        object[] records = [type, settings, offering, session, credit, tag, registration, attendance, certificate, external, externalCredit, reminder];
        return (records, new Dictionary<string, string>
        {
            ["CreditType"] = type.Id.ToString(),
            ["LearningSettings"] = settings.Id.ToString(),
            ["Offering"] = offering.Id.ToString(),
            ["LearningSession"] = session.Id.ToString(),
            ["OfferingCredit"] = credit.Id.ToString(),
            ["OfferingGoal"] = tag.Id.ToString(),
            ["Registration"] = registration.Id.ToString(),
            ["SessionAttendance"] = attendance.Id.ToString(),
            ["Certificate"] = certificate.Id.ToString(),
            ["ExternalLearning"] = external.Id.ToString(),
            ["ExternalCredit"] = externalCredit.Id.ToString(),
            ["SessionReminder"] = reminder.Id.ToString(),
        });
    }
}
