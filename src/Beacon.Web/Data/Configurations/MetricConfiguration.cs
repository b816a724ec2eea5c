using Beacon.Web.Features.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Web.Data.Configurations;

public sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(60);
        builder.Property(m => m.Name).HasMaxLength(Limits.Name);
        builder.HasIndex(m => new { m.DistrictId, m.Code }).IsUnique();
    }
}

public sealed class SchoolMetricConfiguration : IEntityTypeConfiguration<SchoolMetric>
{
    public void Configure(EntityTypeBuilder<SchoolMetric> builder)
    {
        builder.HasIndex(m => new { m.SchoolId, m.SchoolYearId, m.MeasureId }).IsUnique();
        builder.HasOne(m => m.School).WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.SchoolYear).WithMany().HasForeignKey(m => m.SchoolYearId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Measure).WithMany().HasForeignKey(m => m.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
