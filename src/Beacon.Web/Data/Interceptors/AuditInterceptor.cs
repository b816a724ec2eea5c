using System.Text.Json;
using Beacon.Web.Features.Audit;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Beacon.Web.Data.Interceptors;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every create, update and delete of district data in the
/// same save, so the change and its record commit together. Keys are client-generated GUIDs, so
/// a new record's id is known before it is saved.
/// </summary>
public sealed class AuditInterceptor(CurrentUser currentUser, TimeProvider clock) : BeforeSaveInterceptor
{
    // Secrets, and what is private to a mentoring pair: that they changed is logged, their values never are.
    private static readonly HashSet<string> Concealed = ["PasswordHash", "SecurityStamp", "Content", "TokenHash", "PrivateNotes", "PrivateNextSteps"];

    // Bookkeeping that changes on every sign-in (or with any other change) and tells a reader nothing.
    private static readonly HashSet<string> Ignored = ["AccessFailedCount", "ConcurrencyStamp"];

    protected override void BeforeSave(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry or INotAudited || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            if (entry.Entity is IdentityUserRole<string> userRole)
            {
                entries.AddRange(DescribeRoleChange(context, entry, userRole, now));
                continue;
            }
            var districtId = entry.Entity switch
            {
                IDistrictOwned owned => owned.DistrictId,
                BeaconUser { DistrictId: { } userDistrict } => userDistrict,
                _ => (Guid?)null,
            };
            if (districtId is null || districtId == Guid.Empty)
            {
                continue;
            }
            var changes = Describe(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }
            entries.Add(new AuditEntry
            {
                DistrictId = districtId.Value,
                At = now,
                UserId = currentUser.Id,
                UserName = currentUser.Name,
                RequestId = currentUser.RequestId,
                Entity = entry.Metadata.ClrType.Name,
                EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                Changes = JsonSerializer.Serialize(changes),
            });
        }
        context.AddRange(entries);
    }

    /// <summary>A role given or taken away is logged against the person, in their district, with the role's name.</summary>
    private IEnumerable<AuditEntry> DescribeRoleChange(DbContext context, EntityEntry entry, IdentityUserRole<string> userRole, DateTimeOffset now)
    {
        if (entry.State is not (EntityState.Added or EntityState.Deleted)
            || context.Set<BeaconUser>().Find(userRole.UserId) is not { DistrictId: { } districtId })
        {
            yield break;
        }
        var role = context.Set<IdentityRole>().Find(userRole.RoleId)?.Name ?? userRole.RoleId;
        yield return new AuditEntry
        {
            DistrictId = districtId,
            At = now,
            UserId = currentUser.Id,
            UserName = currentUser.Name,
            RequestId = currentUser.RequestId,
            Entity = "UserRole",
            EntityId = userRole.UserId,
            Action = entry.State == EntityState.Added ? AuditAction.Created : AuditAction.Deleted,
            Changes = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["Role"] = entry.State == EntityState.Added ? new { to = role } : new { from = role },
            }),
        };
    }

    private static Dictionary<string, object?> Describe(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Ignored.Contains(name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changes[name] = new { to = Show(name, property.CurrentValue) };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { from = Show(name, property.OriginalValue), to = Show(name, property.CurrentValue) };
                    break;
                case EntityState.Deleted when property.OriginalValue is not null:
                    changes[name] = new { from = Show(name, property.OriginalValue) };
                    break;
            }
        }
        return changes;
    }

    private static object? Show(string name, object? value) =>
        Concealed.Contains(name) || value is byte[]? "(changed)" : value?.ToString();
}
