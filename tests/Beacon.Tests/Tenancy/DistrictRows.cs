using System.Globalization;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Beacon.Tests.Tenancy;

/// <summary>
/// Every row one district holds, every column of it, keyed by entity type and primary key. The
/// tables are found by reflection over the EF model: every district-owned set (through the tenant
/// filter), the district and its accounts, the owned types they carry, and every other table whose
/// rows hang by a foreign key off a row already held (child tables such as account roles), to a
/// fixed point. A new table is covered the day it is added.
/// </summary>
public sealed class DistrictRows(IReadOnlyDictionary<string, string> rows)
{
    /// <summary>Row key ("Type:key") → the row's columns as text, sorted by key.</summary>
    public IReadOnlyDictionary<string, string> Rows { get; } = rows;

    /// <summary>The primary-key values of the district's rows that are ids of their own (Guid-shaped).</summary>
    public IReadOnlySet<string> Ids => Rows.Keys.Select(k => k[(k.IndexOf(':', StringComparison.Ordinal) + 1)..])
        .Where(k => Guid.TryParse(k, out _)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static Task<DistrictRows> ReadAsync(BeaconFactory factory, Guid districtId) =>
        factory.InScopeAsync(districtId, async (_, db) =>
        {
            foreach (var type in db.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()))
            {
                await LoadAsync(db, type);
            }
            var held = db.ChangeTracker.Entries().Where(e => Filtered(e.Metadata)).ToList();
            var keys = held.Select(Key).ToHashSet(StringComparer.Ordinal);
            var rest = db.ChangeTracker.Entries().Where(e => !Filtered(e.Metadata)).ToList();
            bool grew;
            do
            {
                // A child row belongs to the district when any of its foreign keys names a row it holds.
                var children = rest.Where(e => e.Metadata.GetForeignKeys().Any(fk => keys.Contains(PrincipalKey(e, fk)))).ToList();
                grew = children.Count > 0;
                held.AddRange(children);
                rest.RemoveAll(children.Contains);
                keys.UnionWith(children.Select(Key));
            }
            while (grew);
            return new DistrictRows(new SortedDictionary<string, string>(held.ToDictionary(Key, Columns, StringComparer.Ordinal), StringComparer.Ordinal));
        });

    /// <summary>What changed between two readings: rows added, removed or altered, named by type and key.</summary>
    public IReadOnlyList<string> Differences(DistrictRows later)
    {
        var changes = new List<string>();
        foreach (var (key, columns) in Rows)
        {
            if (!later.Rows.TryGetValue(key, out var now))
            {
                changes.Add($"removed {key}");
            }
            else if (now != columns)
            {
                changes.Add($"changed {key}: {columns} → {now}");
            }
        }
        changes.AddRange(later.Rows.Keys.Where(k => !Rows.ContainsKey(k)).Select(k => $"added {k}: {later.Rows[k]}"));
        return changes;
    }

    /// <summary>The rows of this district that name one of <paramref name="foreignIds"/> in any column.</summary>
    public IReadOnlyList<string> ReferencesTo(IReadOnlySet<string> foreignIds) =>
        Rows.SelectMany(r => r.Value.Split('|').Where(c => foreignIds.Contains(c[(c.IndexOf('=', StringComparison.Ordinal) + 1)..]))
                .Select(c => $"{r.Key} holds {c}, an id of the other district"))
            .ToList();

    private static bool Filtered(IEntityType type)
    {
        var root = type.GetRootType().ClrType;
        return type.IsOwned() || typeof(IDistrictOwned).IsAssignableFrom(root) || root == typeof(District) || root == typeof(BeaconUser);
    }

    private static Task LoadAsync(BeaconDbContext db, IEntityType type) => type.HasSharedClrType
        ? db.Set<Dictionary<string, object>>(type.Name).LoadAsync()
        : (Task)typeof(DistrictRows).GetMethod(nameof(LoadSetAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType).Invoke(null, [db])!;

    private static Task LoadSetAsync<T>(BeaconDbContext db) where T : class => db.Set<T>().LoadAsync();

    private static string Key(EntityEntry entry) =>
        entry.Metadata.GetRootType().ShortName() + ":" + string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));

    private static string PrincipalKey(EntityEntry entry, IForeignKey foreignKey) =>
        foreignKey.PrincipalEntityType.GetRootType().ShortName() + ":" + string.Join(",", foreignKey.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));

    private static string Columns(EntityEntry entry) =>
        string.Join("|", entry.Properties.OrderBy(p => p.Metadata.Name, StringComparer.Ordinal).Select(p => $"{p.Metadata.Name}={Text(p.CurrentValue)}"));

    private static string Text(object? value) => value switch
    {
        null => "∅",
        byte[] bytes => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)),
        DateTimeOffset at => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
