using System.Globalization;
using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Support;

/// <summary>A level of support in the district's menu (e.g. "Tier 2 — targeted"), made of the supports it brings.</summary>
public class SupportTier : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public int Level { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<TierSupport> Supports { get; set; } = [];
}

/// <summary>One support a tier brings, e.g. 20 coach days at 450 a day.</summary>
public class TierSupport : IDistrictOwned
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid TierId { get; set; }
    public SupportKind Kind { get; set; }
    public required string Description { get; set; }
    public decimal Quantity { get; set; }
    public decimal UnitCost { get; set; }

    public decimal Cost => Quantity * UnitCost;
}

/// <summary>
/// A tier assigned to a school. The supports and their cost are copied at the time, so a later change
/// to the menu does not rewrite what a school was given.
/// </summary>
public class TierAssignment : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid SchoolId { get; set; }
    public School? School { get; set; }
    public Guid TierId { get; set; }
    public required string TierName { get; set; }
    public required string Supports { get; set; }
    public decimal TotalCost { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public string AssignedBy { get; set; } = "";
    DateTimeOffset ICreatedAt.CreatedAt { get => AssignedAt; set => AssignedAt = value; }
    string ICreatedBy.CreatedBy { get => AssignedBy; set => AssignedBy = value; }
}

public enum SupportKind
{
    CoachDays,
    ExtraPosition,
    PrincipalMentoring,
    Funding,
    Other,
}

public static class TierCost
{
    public static decimal Total(IEnumerable<TierSupport> supports) => supports.Sum(s => s.Cost);

    /// <summary>The supports as the lines recorded on an assignment: "20 × Coach days: literacy coach @ 450.00 = 9,000.00".</summary>
    public static string Describe(IEnumerable<TierSupport> supports) => string.Join("\n", supports.Select(s =>
        $"{s.Quantity.ToString("0.##", CultureInfo.InvariantCulture)} × {s.Kind.Label()}: {s.Description} @ {ClusterRules.Money(s.UnitCost)} = {ClusterRules.Money(s.Cost)}"));

    public static string Label(this SupportKind kind) => kind switch
    {
        SupportKind.CoachDays => "Coach days",
        SupportKind.ExtraPosition => "Extra position",
        SupportKind.PrincipalMentoring => "Principal mentoring",
        SupportKind.Funding => "Funding",
        _ => "Other",
    };
}
