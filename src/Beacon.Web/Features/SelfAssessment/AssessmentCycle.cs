using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Frameworks;
using Beacon.Web.Features.Schools;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// One self-assessment of the district (no school) or of one school against one framework version.
/// Once closed it is read-only.
/// </summary>
public class AssessmentCycle : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public required string Name { get; set; }
    public Guid FrameworkId { get; set; }
    public Framework? Framework { get; set; }
    public Guid FrameworkVersionId { get; set; }
    public FrameworkVersion? FrameworkVersion { get; set; }

    /// <summary>The school assessed; null when the district assesses itself.</summary>
    public Guid? SchoolId { get; set; }
    public School? School { get; set; }

    public CycleStatus Status { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public string OpenedBy { get; set; } = "";
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }

    public List<CycleMember> Members { get; set; } = [];
    DateTimeOffset ICreatedAt.CreatedAt { get => OpenedAt; set => OpenedAt = value; }
    string ICreatedBy.CreatedBy { get => OpenedBy; set => OpenedBy = value; }
}

public enum CycleStatus
{
    Open,
    Closed,
}
