using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>An indicator a cycle's team chose as a priority for improvement (one to three per cycle).</summary>
public class CyclePriority : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CycleId { get; set; }
    public Guid IndicatorId { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
    public string MarkedBy { get; set; } = "";
    DateTimeOffset ICreatedAt.CreatedAt { get => MarkedAt; set => MarkedAt = value; }
    string ICreatedBy.CreatedBy { get => MarkedBy; set => MarkedBy = value; }
}
