using Beacon.Web.Data;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Jobs;

/// <summary>How a job that serves every district walks them: acting for one district at a time, never for two at once.</summary>
public static class EachDistrict
{
    /// <summary>
    /// Runs <paramref name="work"/> once for each district, inside that district (the tenant filter and the stamps see it),
    /// and forgets what the work tracked before the next district, so no record of one is saved while acting for another.
    /// </summary>
    public static async Task RunAsync(BeaconDbContext db, CurrentDistrict currentDistrict, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // Listing the districts is the one read a job does for no district: without the tenant filter, ids only.
        var districts = await db.Districts.IgnoreQueryFilters([BeaconDbContext.TenantFilter]).Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var districtId in districts)
        {
            using (currentDistrict.Use(districtId))
            {
                await work(cancellationToken);
            }
            db.ChangeTracker.Clear();
        }
    }
}
