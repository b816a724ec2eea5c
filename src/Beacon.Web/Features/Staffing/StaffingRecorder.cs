using Beacon.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Staffing;

/// <summary>Keeps a school year's staffing: copies today's assignments into that year's records, replacing any earlier copy.</summary>
public sealed class StaffingRecorder(BeaconDbContext db)
{
    public Task<int> RecordAsync(Guid schoolYearId, CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async cancellationToken =>
    {
        // Through the change tracker rather than ExecuteDelete, so the replaced rows are audited like every other change.
        db.StaffYearRecords.RemoveRange(await db.StaffYearRecords.Where(r => r.SchoolYearId == schoolYearId).ToListAsync(cancellationToken));
        var records = await db.StaffAssignments
            .Select(a => new StaffYearRecord
            {
                SchoolYearId = schoolYearId,
                StaffMemberId = a.StaffMemberId,
                SchoolId = a.SchoolId,
                Role = a.StaffMember!.Role,
                YearsOfExperience = a.StaffMember.YearsOfExperience,
                Certification = a.StaffMember.Certification,
                Effectiveness = a.StaffMember.Effectiveness,
                Fte = a.Fte,
                OutOfField = a.OutOfField,
            })
            .ToListAsync(cancellationToken);
        db.StaffYearRecords.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        return (true, records.Count);
    }, cancellationToken);
}
