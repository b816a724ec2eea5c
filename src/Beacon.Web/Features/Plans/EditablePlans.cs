using Beacon.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Plans;

/// <summary>Finds a plan that the current person may change, for the pages that add to one.</summary>
public sealed class EditablePlans(BeaconDbContext db, PlanAccess access)
{
    /// <summary>The plan, or the answer to give instead: 404 when the district has no such plan, 403 when it is not the person's to change.</summary>
    public async Task<(Plan? Plan, IActionResult? Refusal)> FindAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return (null, new NotFoundResult());
        }
        return await access.CanEditAsync(plan.SchoolId, cancellationToken) ? (plan, null) : (null, PlanAccess.Refuse());
    }
}
