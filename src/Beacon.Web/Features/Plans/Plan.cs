using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.Plans;

/// <summary>
/// An improvement plan for a period of one to five school years: the district's own plan (no
/// school), or a school's plan, which sits under a district plan and whose goals each serve one of
/// that plan's goals.
/// </summary>
public class Plan : IDistrictOwned, ICreatedAt
{
    public const int MaxYears = 5;

    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Title { get; set; }

    /// <summary>The school the plan is for; null for the district plan.</summary>
    public Guid? SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>For a school plan, the district plan it aligns to.</summary>
    public Guid? DistrictPlanId { get; set; }
    public Plan? DistrictPlan { get; set; }

    /// <summary>The calendar year in which the plan's first school year starts (2025 for 2025-26).</summary>
    public int StartYear { get; set; }

    /// <summary>How many school years the plan runs, from 1 to <see cref="MaxYears"/>.</summary>
    public int Years { get; set; } = 3;

    public string? Mission { get; set; }
    public string? Vision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PlanGoal> Goals { get; set; } = [];
    public List<Strategy> Strategies { get; set; } = [];
    public List<PlanAction> Actions { get; set; } = [];

    public int EndYear => StartYear + Years - 1;

    public IEnumerable<int> YearRange => Enumerable.Range(StartYear, Years);

    public bool IsDistrictPlan => SchoolId is null;

    /// <summary>"2025-26", the way school years are named elsewhere in Beacon.</summary>
    public static string YearName(int startYear) => $"{startYear}-{(startYear + 1) % 100:00}";

    public string Period => Years == 1 ? YearName(StartYear) : $"{YearName(StartYear)} to {YearName(EndYear)}";
}
