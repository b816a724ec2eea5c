using Beacon.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Data.Interceptors;

/// <summary>
/// Stamps who and when on records that carry them (<see cref="ICreatedAt"/>, <see cref="ICreatedBy"/>,
/// <see cref="IUpdatedAt"/>, <see cref="IUpdatedBy"/>), from the same <see cref="CurrentUser"/> and
/// clock as the <see cref="AuditInterceptor"/>, so pages no longer write them by hand. A value the
/// code set on a new record (a seeder's past date, an import's named process) is kept.
/// </summary>
public sealed class StampInterceptor(CurrentUser currentUser, TimeProvider clock) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                if (entry.Entity is ICreatedAt createdAt && createdAt.CreatedAt == default)
                {
                    createdAt.CreatedAt = now;
                }
                if (entry.Entity is ICreatedBy createdBy && string.IsNullOrEmpty(createdBy.CreatedBy))
                {
                    createdBy.CreatedBy = currentUser.Name;
                }
                if (entry.Entity is IUpdatedAt updatedAt && updatedAt.UpdatedAt == default)
                {
                    updatedAt.UpdatedAt = now;
                }
                if (entry.Entity is IUpdatedBy updatedBy && string.IsNullOrEmpty(updatedBy.UpdatedBy))
                {
                    updatedBy.UpdatedBy = currentUser.Name;
                }
            }
            else if (entry.State == EntityState.Modified)
            {
                if (entry.Entity is IUpdatedAt updatedAt)
                {
                    updatedAt.UpdatedAt = now;
                }
                if (entry.Entity is IUpdatedBy updatedBy)
                {
                    updatedBy.UpdatedBy = currentUser.Name;
                }
            }
        }
        // The stamps were set on the objects; the audit entry written next in the same save must see them.
        context.ChangeTracker.DetectChanges();
    }
}
