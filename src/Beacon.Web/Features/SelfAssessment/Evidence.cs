using Beacon.Web.Data.Interceptors;
using Beacon.Web.Features.Metrics;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Features.SelfAssessment;

/// <summary>
/// Something a team points to for an indicator's rating: a note, a link, an uploaded file (kept in
/// the database so every app node serves it) or one of the school's imported metrics.
/// </summary>
public class Evidence : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public Guid CycleId { get; set; }
    public Guid IndicatorId { get; set; }
    public EvidenceKind Kind { get; set; }
    public string? Note { get; set; }
    public string? Url { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    public byte[]? Content { get; set; }
    public Guid? SchoolMetricId { get; set; }
    public SchoolMetric? SchoolMetric { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public string AddedBy { get; set; } = "";
    DateTimeOffset ICreatedAt.CreatedAt { get => AddedAt; set => AddedAt = value; }
    string ICreatedBy.CreatedBy { get => AddedBy; set => AddedBy = value; }
}

public enum EvidenceKind
{
    Note,
    Link,
    File,
    Metric,
}
