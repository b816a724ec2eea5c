using Beacon.Web.Features.Support;

namespace Beacon.Web.Data.Seeding;

/// <summary>A three-tier menu of support for the demo district, so a visitor can assign a tier straight away.</summary>
public static class DemoSupportMenu
{
    public static async Task SaveAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        db.SupportTiers.AddRange(
            Tier(1, "Tier 1 — universal support", "Every school: light-touch coaching and a principal peer network.",
                (SupportKind.CoachDays, "Instructional coach visits", 5, 450), (SupportKind.PrincipalMentoring, "Principal peer network", 1, 1200)),
            Tier(2, "Tier 2 — targeted support", "Schools flagged for one area: a coach for that area and a mentor for the principal.",
                (SupportKind.CoachDays, "Literacy or mathematics coach", 20, 450), (SupportKind.PrincipalMentoring, "Mentoring by an experienced principal", 10, 600),
                (SupportKind.Funding, "Materials and release time", 1, 15000)),
            Tier(3, "Tier 3 — intensive support", "Schools flagged on several rules or escalated: extra staff and a supporting partner school.",
                (SupportKind.ExtraPosition, "Assistant principal for instruction", 1, 95000), (SupportKind.CoachDays, "Full-time coaching", 60, 450),
                (SupportKind.PrincipalMentoring, "Weekly principal mentoring", 36, 600), (SupportKind.Funding, "School improvement grant", 1, 40000)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static SupportTier Tier(int level, string name, string description, params (SupportKind Kind, string Description, decimal Quantity, decimal UnitCost)[] supports) =>
        new()
        {
            Level = level,
            Name = name,
            Description = description,
            Supports = supports.Select(s => new TierSupport { Kind = s.Kind, Description = s.Description, Quantity = s.Quantity, UnitCost = s.UnitCost }).ToList(),
        };
}
