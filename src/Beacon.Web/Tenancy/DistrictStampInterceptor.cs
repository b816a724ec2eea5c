using Beacon.Web.Data.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tenancy;

/// <summary>
/// Second lock of tenancy: stamps the current district on every new district-owned record and
/// refuses to save a record of another district, so a bug elsewhere cannot write across tenants.
/// </summary>
public sealed class DistrictStampInterceptor(CurrentDistrict current) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var districtId = current.Id;
        foreach (var entry in context.ChangeTracker.Entries<IDistrictOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.DistrictId == Guid.Empty)
            {
                entry.Entity.DistrictId = districtId
                    ?? throw new InvalidOperationException($"A {entry.Entity.GetType().Name} was added with no district in scope.");
            }
            else if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                     && districtId is { } id && entry.Entity.DistrictId != id)
            {
                throw new InvalidOperationException(
                    $"Refused to save a {entry.Entity.GetType().Name} of another district.");
            }
        }
    }
}
