using Beacon.Web.Data.Interceptors;
using Beacon.Web.Tenancy;

namespace Beacon.Web.Imports;

/// <summary>
/// One upload of a file to import. A validated file waits here (with its bytes) for the person to
/// confirm the preview; once applied the bytes are dropped and the counts remain as history.
/// Kept in the database so the confirm can land on any app node.
/// </summary>
public class ImportRun : IDistrictOwned, ICreatedAt, ICreatedBy
{
    public Guid Id { get; set; }
    public Guid DistrictId { get; set; }
    public ImportKind Kind { get; set; }
    public required string FileName { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
    public ImportStatus Status { get; set; }
    public byte[]? Content { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public DateTimeOffset? AppliedAt { get; set; }
    DateTimeOffset ICreatedAt.CreatedAt { get => UploadedAt; set => UploadedAt = value; }
    string ICreatedBy.CreatedBy { get => UploadedBy; set => UploadedBy = value; }
}

public enum ImportKind
{
    OneRoster,
    Schools,
    Staff,
    Metrics,
    Positions,
}

public enum ImportStatus
{
    AwaitingConfirmation,
    Applied,
    Discarded,
}
