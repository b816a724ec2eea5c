using System.Globalization;
using System.Text.Json;
using Beacon.Web.Data;
using Beacon.Web.Features.Audit;
using Beacon.Web.Identity;

namespace Beacon.Web.Features.Surveys;

/// <summary>
/// The audit log's one entry per mailing or reminder batch: who sent it, when, and how many staff
/// at how many schools, never who. Invitations themselves are not audited (see <see cref="SurveyInvitation"/>).
/// </summary>
public sealed class SurveyMailingLog(BeaconDbContext db, CurrentUser currentUser, TimeProvider clock)
{
    public const string Entity = "SurveyMailing";

    public async Task RecordAsync(Survey survey, string what, int people, int schools, CancellationToken cancellationToken)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{what} {people} staff at {schools} {(schools == 1 ? "school" : "schools")}");
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            DistrictId = survey.DistrictId,
            At = clock.GetUtcNow(),
            UserId = currentUser.Id,
            UserName = currentUser.Name,
            RequestId = currentUser.RequestId,
            Entity = Entity,
            EntityId = survey.Id.ToString(),
            Action = AuditAction.Created,
            Changes = JsonSerializer.Serialize(new Dictionary<string, object> { ["Mailing"] = new { to = $"{text} for “{survey.Name}”" } }),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
