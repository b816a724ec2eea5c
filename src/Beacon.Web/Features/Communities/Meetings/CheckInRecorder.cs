using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Communities.Meetings;

/// <summary>One member's line in a meeting's "how's it going" round, as the facilitator typed it.</summary>
public sealed record CheckInReport(Guid MemberId, Guid? PlanItemId, string? Report, TechniqueStatus? Status);

/// <summary>
/// Records a meeting's check-in round against the members' plans: each report is kept with the
/// plan item it is about, and a status the facilitator moved is written to the item when gradualism
/// allows it (<see cref="ActionPlans.RefusalAsync"/>). Adds the changes to the context; the page saves.
/// </summary>
public sealed class CheckInRecorder(BeaconDbContext db, ActionPlans plans)
{
    /// <returns>The refusals, by the position of the report in <paramref name="reports"/>.</returns>
    public async Task<IReadOnlyList<(int Index, string Refusal)>> RecordAsync(
        Guid meetingId, IReadOnlySet<Guid> memberIds, IReadOnlyList<CheckInReport> reports, CancellationToken cancellationToken)
    {
        var refusals = new List<(int, string)>();
        var members = memberIds.ToList();
        var items = await db.ActionPlanItems.Where(i => members.Contains(i.MemberId)).ToListAsync(cancellationToken);
        var existing = await db.CheckIns.Where(c => c.MeetingId == meetingId).ToListAsync(cancellationToken);
        foreach (var (row, index) in reports.Select((r, i) => (r, i)).Where(x => memberIds.Contains(x.r.MemberId)))
        {
            var item = row.PlanItemId is { } pid ? items.FirstOrDefault(i => i.Id == pid && i.MemberId == row.MemberId) : null;
            if (row.PlanItemId is not null && item is null)
            {
                continue;
            }
            if (item is not null && row.Status is { } status && status != item.Status)
            {
                if (await plans.RefusalAsync(item.MemberId, item.Id, item.Status, status, cancellationToken) is { } gradualism)
                {
                    refusals.Add((index, gradualism));
                    continue;
                }
                item.Status = status;
            }
            var report = CommunityForm.Clean(row.Report);
            var checkIn = existing.FirstOrDefault(c => c.MemberId == row.MemberId && c.PlanItemId == row.PlanItemId);
            if (checkIn is null && report is null && item?.Status == row.Status)
            {
                continue;
            }
            if (checkIn is null)
            {
                checkIn = new CheckIn { MeetingId = meetingId, MemberId = row.MemberId, PlanItemId = row.PlanItemId };
                db.CheckIns.Add(checkIn);
            }
            (checkIn.Report, checkIn.Status) = (report, item?.Status);
        }
        return refusals;
    }
}
