using Beacon.Web.Features.Audit;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Changes).Metadata.SetMaxLength(null);
        builder.Property(a => a.RequestId).HasMaxLength(100);
        builder.HasIndex(a => new { a.DistrictId, a.At });
        builder.HasIndex(a => new { a.DistrictId, a.Entity, a.EntityId });
    }
}

public sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.HasIndex(r => new { r.DistrictId, r.UploadedAt });
    }
}
