using Beacon.Web.Data;
using Beacon.Web.Identity;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Audit;

/// <summary>A group of record kinds the audit log filters by ("Plans", "Surveys"), named in the navigation's words.</summary>
public sealed record AuditKindGroup(string Key, string Label, IReadOnlyList<string> Entities);

/// <summary>
/// The audited record kinds, grouped by the capability they belong to (the folder of their class), so the
/// filter offers a dozen groups rather than every table.
/// </summary>
public static class AuditKinds
{
    private static readonly (string Segment, string Key, string Label)[] Order =
    [
        ("Plans", "plans", "Plans"),
        ("SelfAssessment", "self-assessment", "Self-assessment"),
        ("Frameworks", "frameworks", "Frameworks"),
        ("Surveys", "surveys", "Surveys"),
        ("Communities", "communities", "Communities"),
        ("Schools", "schools", "Schools and school years"),
        ("Staff", "staff", "Staff"),
        ("Staffing", "staffing", "Staffing"),
        ("Support", "support", "Support"),
        ("Metrics", "metrics", "School metrics"),
        ("Identity", "people", "People and access"),
        ("Imports", "imports", "Imports"),
    ];

    public static IReadOnlyList<AuditKindGroup> All(BeaconDbContext db)
    {
        List<(string Name, string Segment)> entities = [.. db.Model.GetEntityTypes()
            .Select(t => t.ClrType)
            .Where(t => (typeof(IDistrictOwned).IsAssignableFrom(t) && t != typeof(AuditEntry) && !typeof(Data.Interceptors.INotAudited).IsAssignableFrom(t)) || t == typeof(BeaconUser))
            .Select(t => (t.Name, t.Namespace?.Split('.').Last() ?? "")),
            ("UserRole", "Identity"),
            (Surveys.SurveyMailingLog.Entity, "Surveys")];
        entities = [.. entities.Distinct()];
        var groups = Order
            .Select(o => new AuditKindGroup(o.Key, o.Label, entities.Where(e => e.Segment == o.Segment).Select(e => e.Name).Order(StringComparer.Ordinal).ToList()))
            .Where(g => g.Entities.Count > 0)
            .ToList();
        var other = entities.Where(e => Order.All(o => o.Segment != e.Segment)).Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        if (other.Count > 0)
        {
            groups.Add(new AuditKindGroup("other", "Other records", other));
        }
        return groups;
    }
}
